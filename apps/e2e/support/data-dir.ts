import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The server's DATA_DIR for one run: a fresh directory (so a fresh embedded PostgreSQL with the
 * demo data), removed when the runner exits.
 */

const PREFIX = 'portal-e2e-';
/** A leftover of an interrupted run is only removed this long after it was made. */
const STALE_AFTER_MS = 60 * 60_000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid of the PostgreSQL running on dataDir/pg, if one is. */
function postmasterPid(dataDir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Removes the directory once its PostgreSQL has stopped. Runs in an `exit` handler, so it is
 * synchronous; Playwright's SIGTERM reaches the whole process group, and PostgreSQL may still be
 * writing its shutdown checkpoint when the server process is already gone.
 */
function removeWhenStopped(dataDir: string, waitMs = 20_000): void {
  const deadline = Date.now() + waitMs;
  while (postmasterPid(dataDir) !== null && Date.now() < deadline) sleepSync(100);
  try {
    fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch (error) {
    console.warn(`Could not remove ${dataDir}: ${(error as Error).message}`);
  }
}

/** Leftovers of runs that were killed before they could clean up (no PostgreSQL running on them). */
function removeStale(): void {
  const tmp = os.tmpdir();
  for (const name of fs.readdirSync(tmp)) {
    if (!name.startsWith(PREFIX)) continue;
    const dir = path.join(tmp, name);
    try {
      const age = Date.now() - fs.statSync(dir).mtimeMs;
      if (age > STALE_AFTER_MS && postmasterPid(dir) === null) removeWhenStopped(dir, 0);
    } catch {
      // gone already, or not ours to read
    }
  }
}

export function createDataDir(): string {
  removeStale();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), PREFIX));
  // Running as root, the embedded PostgreSQL runs as the `postgres` user, which must reach dataDir/pg.
  fs.chmodSync(dataDir, 0o755);
  process.on('exit', () => removeWhenStopped(dataDir));
  return dataDir;
}
