import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demoUser, HOVEDSTADEN, login, type LoggedIn, type TestApp } from './helpers.js';

let t: TestApp;
let admin: LoggedIn;
beforeAll(async () => {
  t = createTestApp();
  admin = await login(t.app, HOVEDSTADEN, demoUser(HOVEDSTADEN, 'PLATFORM_ADMIN'));
});
afterAll(() => t.close());

function expectProblem(res: request.Response, status: number, code: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(res.body).toMatchObject({ status, code, type: expect.any(String), title: expect.any(String) });
  const text = JSON.stringify(res.body);
  // Never a stack trace or SQL.
  expect(text).not.toMatch(/\bat \w+ \(|node_modules|SELECT |INSERT |prisma/i);
}

const post = (body: string | object, type = 'application/json') =>
  admin.agent.post('/api/platform/tenants').set('x-csrf-token', admin.csrf).set('content-type', type).send(body);

describe('bad input answers 4xx problem+json', () => {
  it('malformed JSON → 400 MALFORMED_REQUEST', async () => {
    expectProblem(await post('{"slug": "a",'), 400, 'MALFORMED_REQUEST');
  });

  it('wrong types → 400 with field errors', async () => {
    const res = await post({ slug: 42, name: ['x'] });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect([...new Set(res.body.errors.map((e: { path: string }) => e.path))].sort()).toEqual([
      'body.name',
      'body.slug',
    ]);
  });

  it('a value out of its rules → 400 naming the field', async () => {
    const res = await post({ slug: 'Not Valid!', name: 'Region X' });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors[0]).toMatchObject({ path: 'body.slug', message: expect.stringContaining('lowercase') });
  });

  it('unknown fields → 400', async () => {
    const res = await post({ slug: 'region-unknown-field', name: 'Region X', isAdmin: true });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(JSON.stringify(res.body.errors)).toContain('isAdmin');
  });

  it('a huge body → 413', async () => {
    expectProblem(await post({ slug: 'region-huge', name: 'x'.repeat(200_000) }), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('a body that is not JSON → 415', async () => {
    expectProblem(await post('slug=a&name=b', 'application/x-www-form-urlencoded'), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('an empty body where one is required → 400', async () => {
    const res = await admin.agent.post('/api/platform/tenants').set('x-csrf-token', admin.csrf);
    expectProblem(res, 400, 'VALIDATION_FAILED');
  });

  it('a repeated query parameter (an array where a string is meant) → 400', async () => {
    const uao = await login(t.app, HOVEDSTADEN, demoUser(HOVEDSTADEN, 'UAO'));
    const res = await uao.agent.get('/api/org-units?kind=HOSPITAL&kind=DEPARTMENT');
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors[0].path).toBe('query.kind');
    expectProblem(await uao.agent.get('/api/org-units?colour=red'), 400, 'VALIDATION_FAILED');
    // Control: a valid filter works.
    const ok = await uao.agent.get('/api/org-units?kind=HOSPITAL').expect(200);
    expect(ok.body.items.every((u: { kind: string }) => u.kind === 'HOSPITAL')).toBe(true);
  });

  it('an id that is not a uuid → 400, an unknown uuid → 404', async () => {
    const uao = await login(t.app, HOVEDSTADEN, demoUser(HOVEDSTADEN, 'UAO'));
    expectProblem(await uao.agent.get('/api/org-units/not-a-uuid'), 400, 'VALIDATION_FAILED');
    expectProblem(await uao.agent.get("/api/org-units/1'%20OR%20'1'='1"), 400, 'VALIDATION_FAILED');
    expectProblem(await uao.agent.get('/api/org-units/00000000-0000-4000-8000-000000000000'), 404, 'NOT_FOUND');
  });

  it('an unknown API route → 404 problem', async () => {
    expectProblem(await request(t.app).get('/api/no-such-thing'), 404, 'NOT_FOUND');
  });

  it('a login with a missing field names it, without a session', async () => {
    const agent = request.agent(t.app);
    const token = (await agent.get('/api/auth/csrf')).body.csrfToken as string;
    const res = await agent
      .post('/api/auth/login')
      .set('x-csrf-token', token)
      .send({ tenant: HOVEDSTADEN, email: 'not-an-email' });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.email', 'body.password']);
  });

  it('a duplicate tenant slug → 409 and the first one is kept', async () => {
    const slug = `region-dup-${Date.now()}`;
    await post({ slug, name: 'Første' }).expect(201);
    const res = await post({ slug, name: 'Anden' });
    expectProblem(res, 409, 'CONFLICT');
    const list = await admin.agent.get('/api/platform/tenants').expect(200);
    expect(
      list.body.items.filter((x: { slug: string }) => x.slug === slug).map((x: { name: string }) => x.name),
    ).toEqual(['Første']);
  });
});
