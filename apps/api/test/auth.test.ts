import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  csrfToken,
  demoUser,
  HOVEDSTADEN,
  login,
  ownerClient,
  SJAELLAND,
  type TestApp,
} from './helpers.js';
import { DEMO_PASSWORD } from '../src/seed/demo.js';

let t: TestApp;
beforeAll(() => {
  t = createTestApp();
});
afterAll(() => t.close());

function cookieHeader(res: request.Response): string[] {
  const raw = res.headers['set-cookie'] as unknown;
  return Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
}
const sid = (cookies: string[]) =>
  cookies.find((c) => c.startsWith('portal.sid=') || c.startsWith('__Host-portal.sid='));

describe('login', () => {
  it('signs in with the right password and returns the user, tenant and permissions', async () => {
    const { me } = await login(t.app, HOVEDSTADEN, 'mette.kjaer@regionh.dk');
    expect(me.user.name).toBe('Mette Kjær');
    expect(me.tenant.slug).toBe(HOVEDSTADEN);
    expect(me.assignments.map((a) => a.role).sort()).toEqual(['SUPERVISOR', 'UAO']);
    expect(me.permissions).toContain('courses:manage');
    expect(me.activeAssignmentId).toBe(me.assignments.find((a) => a.role === 'UAO')!.id);
  });

  it('accepts the e-mail in any case and with spaces', async () => {
    const { me } = await login(t.app, HOVEDSTADEN, '  Mette.Kjaer@RegionH.dk ');
    expect(me.user.email).toBe('mette.kjaer@regionh.dk');
  });

  it('answers a wrong password, an unknown user and a user of another tenant the same way', async () => {
    const bodies = [];
    for (const [tenant, email] of [
      [HOVEDSTADEN, 'jens.mikkelsen@regionh.dk'],
      [HOVEDSTADEN, 'nobody@regionh.dk'],
      [SJAELLAND, 'jens.mikkelsen@regionh.dk'],
      ['no-such-region', 'jens.mikkelsen@regionh.dk'],
    ] as const) {
      const agent = request.agent(t.app);
      const token = await csrfToken(agent);
      const res = await agent
        .post('/api/auth/login')
        .set('x-csrf-token', token)
        .send({ tenant, email, password: email.startsWith('nobody') ? DEMO_PASSWORD : 'wrong-password' });
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      bodies.push({ code: res.body.code, title: res.body.title, detail: res.body.detail });
    }
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(bodies[0]!.code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses a deactivated user even with the right password', async () => {
    const owner = await ownerClient();
    try {
      const tenant = await owner.query<{ id: string }>('SELECT id FROM tenant WHERE slug = $1', [HOVEDSTADEN]);
      await owner.query('BEGIN');
      await owner.query("SELECT set_config('app.tenant_id', $1, true)", [tenant.rows[0]!.id]);
      await owner.query(
        `INSERT INTO app_user (id, tenant_id, email, name, password_hash, deactivated_at, updated_at)
         SELECT gen_random_uuid(), tenant_id, 'former.employee@regionh.dk', 'Former Employee', password_hash, now(), now()
         FROM app_user WHERE email = 'jens.mikkelsen@regionh.dk'`,
      );
      await owner.query('COMMIT');
    } finally {
      await owner.end();
    }
    await expect(login(t.app, HOVEDSTADEN, 'former.employee@regionh.dk')).rejects.toThrow(/401/);
  });

  it('writes audit events for success and failure', async () => {
    const email = 'hanne.vestergaard@regionh.dk';
    await login(t.app, HOVEDSTADEN, email);
    const agent = request.agent(t.app);
    const token = await csrfToken(agent);
    await agent
      .post('/api/auth/login')
      .set('x-csrf-token', token)
      .send({ tenant: HOVEDSTADEN, email, password: 'nope' })
      .expect(401);
    const owner = await ownerClient();
    try {
      const tenant = await owner.query<{ id: string }>('SELECT id FROM tenant WHERE slug = $1', [HOVEDSTADEN]);
      await owner.query('BEGIN');
      await owner.query("SELECT set_config('app.tenant_id', $1, true)", [tenant.rows[0]!.id]);
      const rows = await owner.query<{ action: string }>(
        `SELECT action FROM audit_event WHERE data->>'email' = $1 ORDER BY id`,
        [email],
      );
      await owner.query('COMMIT');
      expect(rows.rows.map((r) => r.action)).toEqual(['auth.login.succeeded', 'auth.login.failed']);
    } finally {
      await owner.end();
    }
  });
});

describe('session', () => {
  it('sets an httpOnly, SameSite, path=/ cookie; not Secure in development', async () => {
    const agent = request.agent(t.app);
    const res = await agent.get('/api/auth/csrf');
    const c = sid(cookieHeader(res))!;
    expect(c).toMatch(/^portal\.sid=/);
    expect(c).toMatch(/HttpOnly/);
    expect(c).toMatch(/SameSite=Lax/);
    expect(c).toMatch(/Path=\//);
    expect(c).not.toMatch(/Secure/);
  });

  it('uses a __Host- cookie with Secure when cookies are secure (production)', async () => {
    const secure = createTestApp({ COOKIE_SECURE: 'true', TRUST_PROXY: '1' });
    try {
      const res = await request(secure.app).get('/api/auth/csrf').set('X-Forwarded-Proto', 'https');
      const c = sid(cookieHeader(res))!;
      expect(c).toMatch(/^__Host-portal\.sid=/);
      expect(c).toMatch(/Secure/);
      expect(c).toMatch(/HttpOnly/);
      expect(c).toMatch(/Path=\//);
      expect(c).not.toMatch(/Domain=/);
    } finally {
      await secure.close();
    }
  });

  it('regenerates the session id at login (no fixation)', async () => {
    const agent = request.agent(t.app);
    const before = await agent.get('/api/auth/csrf');
    const token = before.body.csrfToken as string;
    const after = await agent
      .post('/api/auth/login')
      .set('x-csrf-token', token)
      .send({ tenant: HOVEDSTADEN, email: 'karen.bech@regionh.dk', password: DEMO_PASSWORD })
      .expect(200);
    const s1 = sid(cookieHeader(before))!.split(';')[0];
    const s2 = sid(cookieHeader(after))!.split(';')[0];
    expect(s2).toBeDefined();
    expect(s2).not.toBe(s1);
    // The anonymous session's CSRF token does not survive the login either.
    expect(after.body.csrfToken).not.toBe(token);
    // The old session id is not signed in.
    await request(t.app).get('/api/me').set('Cookie', s1!).expect(401);
  });

  it('destroys the session at logout: the old cookie no longer works', async () => {
    const { agent, csrf } = await login(t.app, HOVEDSTADEN, 'anders.holm@regionh.dk');
    const me = await agent.get('/api/me').expect(200);
    const cookie = me.request.cookies;
    await agent.post('/api/auth/logout').set('x-csrf-token', csrf).expect(204);
    await agent.get('/api/me').expect(401);
    await request(t.app).get('/api/me').set('Cookie', cookie).expect(401);
  });

  it('answers 401 problem+json without a session', async () => {
    const res = await request(t.app).get('/api/me').expect(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
  });
});

describe('CSRF', () => {
  it('refuses a write without the token, with a wrong token, and from another site', async () => {
    const { agent, me, csrf } = await login(t.app, HOVEDSTADEN, 'mette.kjaer@regionh.dk');
    const supervisor = me.assignments.find((a) => a.role === 'SUPERVISOR')!.id;
    const put = () => agent.put('/api/me/active-scope').send({ assignmentId: supervisor });
    const noToken = await put().expect(403);
    expect(noToken.body.code).toBe('CSRF_FAILED');
    expect((await put().set('x-csrf-token', 'x'.repeat(40)).expect(403)).body.code).toBe('CSRF_FAILED');
    const crossSite = await put().set('x-csrf-token', csrf).set('Sec-Fetch-Site', 'cross-site').expect(403);
    expect(crossSite.body.code).toBe('CSRF_FAILED');
    await put().set('x-csrf-token', csrf).set('Origin', 'https://evil.example').expect(403);
    // Control: the same request with the token from the same origin succeeds.
    const ok = await put().set('x-csrf-token', csrf).expect(200);
    expect(ok.body.activeAssignmentId).toBe(supervisor);
  });

  it('protects the login form too', async () => {
    const res = await request(t.app)
      .post('/api/auth/login')
      .send({ tenant: HOVEDSTADEN, email: 'mette.kjaer@regionh.dk', password: DEMO_PASSWORD })
      .expect(403);
    expect(res.body.code).toBe('CSRF_FAILED');
  });
});

describe('login rate limit', () => {
  it('answers 429 after repeated failures for a user name + IP, with Retry-After, even for the right password', async () => {
    const limited = createTestApp({ TRUST_PROXY: '1', LOGIN_MAX_FAILURES: '3' });
    try {
      const email = demoUser(HOVEDSTADEN, 'UKS');
      const attempt = async (password: string, ip: string) => {
        const agent = request.agent(limited.app);
        const token = (await agent.get('/api/auth/csrf').set('X-Forwarded-For', ip)).body.csrfToken as string;
        return agent
          .post('/api/auth/login')
          .set('X-Forwarded-For', ip)
          .set('x-csrf-token', token)
          .send({ tenant: HOVEDSTADEN, email, password });
      };
      for (let i = 0; i < 3; i++) expect((await attempt('wrong', '203.0.113.7')).status).toBe(401);
      const blocked = await attempt(DEMO_PASSWORD, '203.0.113.7');
      expect(blocked.status).toBe(429);
      expect(blocked.body.code).toBe('RATE_LIMITED');
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      // The generic message says nothing about whether the user exists.
      expect(JSON.stringify(blocked.body)).not.toContain(email);
      // The same user from another address is not locked out by the attacker.
      expect((await attempt(DEMO_PASSWORD, '198.51.100.20')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('refused attempts', () => {
  it('a request refused for a missing permission is written to the audit log', async () => {
    const trainee = await login(t.app, HOVEDSTADEN, demoUser(HOVEDSTADEN, 'TRAINEE'));
    await trainee.agent.get('/api/audit-events').expect(403);
    const admin = await login(t.app, HOVEDSTADEN, demoUser(HOVEDSTADEN, 'TENANT_ADMIN'));
    const log = await admin.agent
      .get(`/api/audit-events?actorId=${trainee.me.user.id}&action=access.refused`)
      .expect(200);
    expect(log.body.items.length).toBeGreaterThanOrEqual(1);
    expect(log.body.items[0]).toMatchObject({ actorId: trainee.me.user.id, action: 'access.refused' });
  });
});
