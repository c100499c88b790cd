/**
 * The isolation matrix: for every registered route, a user of the other tenant using this
 * tenant's ids is refused (404) or sees none of this tenant's data, a user without the
 * permission is refused (403), and — the positive control — the same request succeeds for the
 * right user. A route missing from the matrix fails the first test.
 */
import type { Role } from '@portal/contracts';
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  demoUser,
  HOVEDSTADEN,
  login,
  ownerClient,
  SJAELLAND,
  type LoggedIn,
  type TestApp,
} from './helpers.js';

interface Ids {
  tenantId: string;
  departmentId: string;
  /** A trainee in the department (Kardiologisk Afdeling / Medicinsk Afdeling). */
  traineeId: string;
  /** All ids of the tenant: none may appear in another tenant's response. */
  all: string[];
}

interface Case {
  /** The role that holds the permission (same role is used in the other tenant). */
  as: Role;
  send: (s: LoggedIn, ids: Ids, me: LoggedIn) => request.Test;
  okStatus: number;
  /** 'not-found': the other tenant gets 404. 'no-leak': it gets its own data only. 'platform': no tenant data at all. */
  cross: 'not-found' | 'no-leak' | 'platform';
  /** A role without the permission (403), or null when every signed-in role holds it. */
  denied: Role | null;
}

const tenantIdOf = (s: LoggedIn) => s.me.tenant.id;

const MATRIX: Record<string, Case> = {
  'GET /api/me': { as: 'UAO', send: (s) => s.agent.get('/api/me'), okStatus: 200, cross: 'no-leak', denied: null },
  'PUT /api/me/active-scope': {
    as: 'UAO',
    // The target assignment belongs to the signed-in UAO of the tenant whose ids are used.
    send: (s, _ids, owner) =>
      s.agent
        .put('/api/me/active-scope')
        .set('x-csrf-token', s.csrf)
        .send({ assignmentId: owner.me.assignments.find((a) => a.role === 'SUPERVISOR')!.id }),
    okStatus: 200,
    cross: 'not-found',
    denied: null,
  },
  'POST /api/auth/logout': {
    as: 'UKS',
    send: (s) => s.agent.post('/api/auth/logout').set('x-csrf-token', s.csrf),
    okStatus: 204,
    cross: 'no-leak',
    denied: null,
  },
  'GET /api/org-units': {
    as: 'TRAINEE',
    send: (s) => s.agent.get('/api/org-units'),
    okStatus: 200,
    cross: 'no-leak',
    denied: 'PLATFORM_ADMIN',
  },
  'GET /api/org-units/:unitId': {
    as: 'TRAINEE',
    send: (s, ids) => s.agent.get(`/api/org-units/${ids.departmentId}`),
    okStatus: 200,
    cross: 'not-found',
    denied: 'PLATFORM_ADMIN',
  },
  'GET /api/people/:userId': {
    as: 'EDUCATION_CENTRE',
    send: (s, ids) => s.agent.get(`/api/people/${ids.traineeId}`),
    okStatus: 200,
    cross: 'not-found',
    denied: 'TRAINEE',
  },
  'GET /api/audit-events': {
    as: 'TENANT_ADMIN',
    send: (s, ids) => s.agent.get(`/api/audit-events?limit=200&actorId=${ids.traineeId}`),
    okStatus: 200,
    cross: 'no-leak',
    denied: 'EDUCATION_CENTRE',
  },
  'GET /api/platform/tenants': {
    as: 'PLATFORM_ADMIN',
    send: (s) => s.agent.get('/api/platform/tenants'),
    okStatus: 200,
    cross: 'platform',
    denied: 'TENANT_ADMIN',
  },
  'POST /api/platform/tenants': {
    as: 'PLATFORM_ADMIN',
    send: (s) =>
      s.agent
        .post('/api/platform/tenants')
        .set('x-csrf-token', s.csrf)
        .send({ slug: `region-test-${Math.random().toString(36).slice(2, 10)}`, name: 'Testregion' }),
    okStatus: 201,
    cross: 'platform',
    denied: 'TENANT_ADMIN',
  },
  // Public routes: they carry no tenant data beyond region names; covered in auth.test.ts.
  'GET /api/auth/tenants': {
    as: 'TRAINEE',
    send: (s) => s.agent.get('/api/auth/tenants'),
    okStatus: 200,
    cross: 'platform',
    denied: null,
  },
  'GET /api/auth/csrf': {
    as: 'TRAINEE',
    send: (s) => s.agent.get('/api/auth/csrf'),
    okStatus: 200,
    cross: 'platform',
    denied: null,
  },
  'POST /api/auth/login': {
    as: 'TRAINEE',
    // Another tenant's credentials against this tenant: refused like a wrong password.
    send: (s, ids) =>
      s.agent
        .post('/api/auth/login')
        .set('x-csrf-token', s.csrf)
        .send({
          tenant: ids.tenantId === tenantIdOf(s) ? s.me.tenant.slug : 'x',
          email: s.me.user.email,
          password: 'Uddannelse2026!',
        }),
    okStatus: 200,
    cross: 'platform',
    denied: null,
  },
};

let t: TestApp;
const ids: Record<string, Ids> = {};

async function collectIds(slug: string): Promise<Ids> {
  const owner = await ownerClient();
  try {
    const tenant = (await owner.query<{ id: string }>('SELECT id FROM tenant WHERE slug = $1', [slug])).rows[0]!.id;
    await owner.query('BEGIN');
    await owner.query("SELECT set_config('app.tenant_id', $1, true)", [tenant]);
    const units = (await owner.query<{ id: string; kind: string }>('SELECT id, kind FROM org_unit')).rows;
    const users = (await owner.query<{ id: string }>('SELECT id FROM app_user')).rows;
    const assignments = (await owner.query<{ id: string }>('SELECT id FROM role_assignment')).rows;
    const trainee = (
      await owner.query<{ user_id: string; scope_unit_id: string }>(
        `SELECT ra.user_id, ra.scope_unit_id FROM role_assignment ra JOIN app_user u ON u.id = ra.user_id
          WHERE ra.role = 'TRAINEE' AND u.email = $1`,
        [demoUser(slug, 'TRAINEE')],
      )
    ).rows[0]!;
    await owner.query('COMMIT');
    return {
      tenantId: tenant,
      departmentId: trainee.scope_unit_id,
      traineeId: trainee.user_id,
      all: [tenant, ...units.map((u) => u.id), ...users.map((u) => u.id), ...assignments.map((a) => a.id)],
    };
  } finally {
    await owner.end();
  }
}

const as = (tenant: string, role: Role) => login(t.app, tenant, demoUser(tenant, role));

beforeAll(async () => {
  t = createTestApp();
  ids[HOVEDSTADEN] = await collectIds(HOVEDSTADEN);
  ids[SJAELLAND] = await collectIds(SJAELLAND);
});
afterAll(() => t.close());

describe('isolation matrix', () => {
  it('covers every registered route', () => {
    const registered = t.routes.map((r) => `${r.method.toUpperCase()} ${r.path}`).sort();
    expect(Object.keys(MATRIX).sort()).toEqual(registered);
  });

  for (const [route, c] of Object.entries(MATRIX)) {
    for (const [home, other] of [
      [HOVEDSTADEN, SJAELLAND],
      [SJAELLAND, HOVEDSTADEN],
    ] as const) {
      it(`${route}: works for the ${c.as} of ${home} (control)`, async () => {
        const s = await as(home, c.as);
        const res = await c.send(s, ids[home]!, s);
        expect(res.status, JSON.stringify(res.body)).toBe(c.okStatus);
      });

      if (c.cross !== 'platform') {
        it(`${route}: the ${c.as} of ${other} is refused ${home}'s data`, async () => {
          const owner = await as(home, c.as);
          const intruder = await as(other, c.as);
          const res = await c.send(intruder, ids[home]!, owner);
          if (c.cross === 'not-found') {
            expect(res.status).toBe(404);
            expect(res.body.code).toBe('NOT_FOUND');
          } else {
            expect(res.status).toBe(c.okStatus);
          }
          // `instance` echoes the caller's own request path; everything else must be free of the ids.
          const { instance: _echo, ...rest } = (res.body ?? {}) as Record<string, unknown>;
          const body = JSON.stringify(rest);
          for (const id of ids[home]!.all) expect(body).not.toContain(id);
        });
      }
    }

    if (c.denied) {
      const denied = c.denied;
      it(`${route}: a ${denied} without the permission gets 403`, async () => {
        const s = await as(HOVEDSTADEN, denied);
        const res = await c.send(s, ids[HOVEDSTADEN]!, s);
        expect(res.status).toBe(403);
        expect(res.body.code).toBe('FORBIDDEN');
      });
    }
  }

  it('the platform operator’s tenant list carries no personal data', async () => {
    const s = await as(HOVEDSTADEN, 'PLATFORM_ADMIN');
    const res = await s.agent.get('/api/platform/tenants').expect(200);
    for (const item of res.body.items) expect(Object.keys(item).sort()).toEqual(['createdAt', 'id', 'name', 'slug']);
  });
});

describe('scope inside a tenant', () => {
  it('a UAO reads people of their own department, not of another department (404, like another tenant)', async () => {
    const uao = await as(SJAELLAND, 'UAO');
    await uao.agent.get(`/api/people/${ids[SJAELLAND]!.traineeId}`).expect(200);
    const admin = await as(SJAELLAND, 'TENANT_ADMIN');
    const amu = await as(SJAELLAND, 'GP_COORDINATOR');
    // The GP coordinator works in a general-practice area, outside the UAO's department.
    await admin.agent.get(`/api/people/${amu.me.user.id}`).expect(200);
    const res = await uao.agent.get(`/api/people/${amu.me.user.id}`).expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });

  it('a user cannot switch to another user’s role assignment of the same tenant', async () => {
    const uao = await as(HOVEDSTADEN, 'UAO');
    const trainee = await as(HOVEDSTADEN, 'TRAINEE');
    await trainee.agent
      .put('/api/me/active-scope')
      .set('x-csrf-token', trainee.csrf)
      .send({ assignmentId: uao.me.assignments[0]!.id })
      .expect(404);
  });
});
