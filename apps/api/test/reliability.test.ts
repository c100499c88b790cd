import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbUrls } from './db-urls.js';
import { createTestApp, demoUser, HOVEDSTADEN, login, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(() => {
  t = createTestApp({ DB_POOL_MAX: '1' });
});
afterAll(() => t.close());

describe('reliability', () => {
  it('answers 503 with Retry-After when no database connection frees up in time, then recovers', async () => {
    const s = await login(t.app, HOVEDSTADEN, demoUser(HOVEDSTADEN, 'UAO'));
    // Hold the pool's only connection for longer than a request may wait for one (2 s).
    const hold = t.db.$transaction(async (tx) => tx.$queryRaw`SELECT 1 AS held FROM pg_sleep(3)`, { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 200));
    const started = Date.now();
    const res = await s.agent.get('/api/me');
    const waited = Date.now() - started;
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('SERVICE_UNAVAILABLE');
    expect(res.headers['retry-after']).toBe('2');
    expect(waited).toBeLessThan(2900);
    await hold;
    // Control: with the connection free again the same request succeeds.
    await s.agent.get('/api/me').expect(200);
  });
});

describe('database connections ended by the server', () => {
  it('the process lives on and the next requests succeed (SQLSTATE 57P01 on idle connections)', async () => {
    const app = createTestApp();
    const su = new pg.Client({
      connectionString: dbUrls().appUrl.replace('portal_app:embedded-app', 'postgres:embedded-superuser'),
    });
    await su.connect();
    try {
      const s = await login(app.app, HOVEDSTADEN, demoUser(HOVEDSTADEN, 'UKS'));
      await s.agent.get('/api/me').expect(200);
      // Both pools (Prisma's and the session store's) now hold idle connections: end them all.
      const killed = await su.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'portal_app' AND pid <> pg_backend_pid()`,
      );
      expect(killed.rowCount).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 300));
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await s.agent.get('/api/me')).status);
      // A request may fail on a dead connection (503, never a crash); the session survives.
      expect(statuses.every((x) => x === 200 || x === 503)).toBe(true);
      expect(statuses.at(-1)).toBe(200);
    } finally {
      await su.end();
      await app.close();
    }
  });
});
