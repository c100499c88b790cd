import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dbUrls } from './db-urls.js';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const a = s.address() as net.AddressInfo;
      s.close(() => resolve(a.port));
    });
  });
}

describe('the server process', () => {
  it('starts against an external database, serves, and on SIGTERM stops cleanly with exit code 0', async () => {
    const { ownerUrl, appUrl } = dbUrls();
    const port = await freePort();
    const apiDir = path.resolve(import.meta.dirname, '..');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: apiDir,
      env: {
        ...process.env,
        DATABASE_URL: ownerUrl,
        APP_DATABASE_URL: appUrl,
        PORT: String(port),
        LOG_LEVEL: 'info',
        LOAD_DEMO_DATA: 'false',
        WEB_DIST: '/nonexistent',
        SESSION_SECRET: 's'.repeat(40),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      let ready = false;
      for (let i = 0; i < 120 && !ready; i++) {
        ready = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
          (r) => r.ok,
          () => false,
        );
        if (!ready) await new Promise((r) => setTimeout(r, 250));
      }
      expect(ready, out).toBe(true);
      const tenants = await fetch(`http://127.0.0.1:${port}/api/auth/tenants`);
      expect(tenants.status).toBe(200);
      child.kill('SIGTERM');
      const code = await exited;
      expect(code, out).toBe(0);
      expect(out).toContain('shutting down');
      expect(out).toContain('"msg":"stopped"');
      // The job queue (pg-boss) ran in this process and was stopped with it.
      expect(out).toContain('job queue started');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 60_000);
});
