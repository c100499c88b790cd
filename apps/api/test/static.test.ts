import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers.js';

let t: TestApp;
let dist: string;
beforeAll(async () => {
  dist = await fs.mkdtemp(path.join(os.tmpdir(), 'portal-web-'));
  await fs.mkdir(path.join(dist, 'assets'));
  await fs.writeFile(
    path.join(dist, 'index.html'),
    '<!doctype html><html lang="da"><title>Uddannelsesportalen</title></html>',
  );
  await fs.writeFile(path.join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
  t = createTestApp({ WEB_DIST: dist });
});
afterAll(async () => {
  await t.close();
  await fs.rm(dist, { recursive: true, force: true });
});

describe('the single-page app', () => {
  it('serves hashed assets cacheable, without a session and without no-store', async () => {
    const res = await request(t.app).get('/assets/app-abc123.js').expect(200);
    expect(res.headers['cache-control']).toContain('max-age=3600');
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('serves index.html for client routes, never cached', async () => {
    for (const p of ['/', '/start/trainee', '/login', '/index.html']) {
      const res = await request(t.app).get(p).expect(200);
      expect(res.text, p).toContain('Uddannelsesportalen');
      expect(res.headers['cache-control'], p).toBe('no-cache');
    }
  });

  it('does not answer unknown API routes with the app', async () => {
    const res = await request(t.app).get('/api/unknown').expect(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});
