import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
