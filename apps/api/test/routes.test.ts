import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { createPrisma } from '../src/lib/db.js';
import { createLogger } from '../src/lib/logger.js';
import { createTestApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(() => {
  t = createTestApp();
});
afterAll(() => t.close());

const key = (r: { method: string; path: string }) => `${r.method.toUpperCase()} ${r.path}`;

describe('route registry', () => {
  it('every route states who may call it', () => {
    expect(t.routes.length).toBeGreaterThan(5);
    for (const r of t.routes) {
      const ok = 'public' in r.access ? r.access.public === true : typeof r.access.permission === 'string';
      expect(ok, `${key(r)} states no access`).toBe(true);
    }
  });

  it('only the sign-in, invitation and questionnaire-answer routes are public', () => {
    expect(
      t.routes
        .filter((r) => 'public' in r.access)
        .map(key)
        .sort(),
    ).toEqual([
      'GET /api/auth/csrf',
      'GET /api/auth/tenants',
      // An invitation link's token is the credential (people-admin).
      'GET /api/invitations/:token',
      // A questionnaire answer link's token is the credential (questionnaires; anonymous answering).
      'GET /api/questionnaire-answers/:token',
      'POST /api/auth/login',
      'POST /api/invitations/:token/accept',
      'POST /api/questionnaire-answers/:token',
    ]);
  });

  it('every non-public route answers 401 without a session', async () => {
    for (const r of t.routes.filter((x) => !('public' in x.access))) {
      const path = r.path.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');
      const res = await request(t.app)[r.method](path).set('x-csrf-token', 'none');
      // Writes are refused by the CSRF check before authentication (403); reads by authentication.
      expect([401, 403], key(r)).toContain(res.status);
      if (r.method === 'get') expect(res.status, key(r)).toBe(401);
    }
  });

  it('serves an OpenAPI 3.1 document with every route, and interactive docs', async () => {
    const res = await request(t.app).get('/api/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    const documented = Object.entries(res.body.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(documented.sort()).toEqual(t.routes.map(key).sort());
    const docs = await request(t.app).get('/api/docs/').expect(200);
    expect(docs.text).toContain('swagger-ui');
  });
});

describe('health', () => {
  it('live and ready answer ok', async () => {
    expect((await request(t.app).get('/health/live').expect(200)).body).toEqual({ status: 'ok' });
    expect((await request(t.app).get('/health/ready').expect(200)).body).toEqual({ status: 'ok' });
  });

  it('ready answers 503 when the database is unreachable', async () => {
    // A Prisma client aimed where nothing listens.
    const db = createPrisma('postgresql://portal_app:x@127.0.0.1:1/none', { max: 1 });
    const { app } = buildApp({
      config: t.config,
      db,
      pool: t.pool,
      logger: createLogger('silent'),
      sessionSecret: 'x'.repeat(32),
    });
    try {
      const res = await request(app).get('/health/ready');
      expect(res.status).toBe(503);
      expect(res.body).toEqual({ status: 'unavailable' });
    } finally {
      await db.$disconnect();
    }
  });
});

describe('security headers', () => {
  it('sends helmet headers, frame-ancestors none and no-store on the API', async () => {
    const res = await request(t.app).get('/api/auth/tenants').expect(200);
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
