import type { Case } from './types.js';
import { tenantIdOf } from './types.js';

/** Foundation routes: me, auth, org (read), people (read), audit, platform. */
export const cases: Record<string, Case> = {
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
    // EDUCATION_CENTRE reads its hospital's part of the log since issue 3 (audit.cases.ts).
    denied: 'UAO',
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
