import { randomUUID } from 'node:crypto';
import type { LoggedIn } from '../helpers.js';
import type { Case, Ids } from './types.js';

/**
 * A fresh person of the owner's tenant, created by the owner (an EDUCATION_CENTRE or
 * TENANT_ADMIN). When the owner may not create people (the 403 case, where owner = the caller),
 * any id will do: the permission is checked first.
 */
async function freshPerson(owner: LoggedIn, ids: Ids, opts: { invite?: boolean } = {}) {
  const n = randomUUID().slice(0, 8);
  const domain = owner.me.tenant.slug === 'region-sjaelland' ? 'regionsjaelland.dk' : 'regionh.dk';
  const res = await owner.agent
    .post('/api/people')
    .set('x-csrf-token', owner.csrf)
    .send({ name: `Isolation Test ${n}`, email: `isolation.${n}@${domain}`, sendInvitation: opts.invite ?? false });
  if (res.status !== 201) return { id: ids.traineeId, token: `${ids.tenantId}.${'A'.repeat(43)}` };
  const link = res.body.invitation?.link as string | undefined;
  return { id: res.body.id as string, token: link ? link.slice(link.lastIndexOf('/') + 1) : '' };
}

/** A fresh person with a SUPERVISOR assignment in the tenant's demo department. */
async function freshAssignment(owner: LoggedIn, ids: Ids): Promise<string> {
  const { id } = await freshPerson(owner, ids);
  const res = await owner.agent
    .post(`/api/people/${id}/assignments`)
    .set('x-csrf-token', owner.csrf)
    .send({ role: 'SUPERVISOR', unitId: ids.departmentId, validFrom: '2026-01-01', validTo: null });
  return res.status === 201 ? (res.body.id as string) : randomUUID();
}

/** Isolation cases of the people-admin module (see types.ts). Every route the module registers needs one. */
export const cases: Record<string, Case> = {
  'GET /api/people': {
    as: 'EDUCATION_CENTRE',
    send: (s) => s.agent.get('/api/people?pageSize=100&status=all'),
    okStatus: 200,
    cross: 'no-leak',
    denied: 'TRAINEE',
  },
  'POST /api/people': {
    as: 'EDUCATION_CENTRE',
    send: (s) => {
      const n = randomUUID().slice(0, 8);
      return s.agent
        .post('/api/people')
        .set('x-csrf-token', s.csrf)
        .send({ name: `Isolation Ny ${n}`, email: `isolation.ny.${n}@example.dk` });
    },
    okStatus: 201,
    cross: 'no-leak',
    denied: 'UAO',
  },
  'PUT /api/people/:userId': {
    as: 'EDUCATION_CENTRE',
    send: async (s, ids, owner) => {
      const { id } = await freshPerson(owner, ids);
      return s.agent
        .put(`/api/people/${id}`)
        .set('x-csrf-token', s.csrf)
        .send({
          name: 'Omdøbt Person',
          email: `renamed.${randomUUID().slice(0, 8)}@example.dk`,
          title: null,
          locale: 'da',
          version: 1,
        });
    },
    okStatus: 200,
    cross: 'not-found',
    denied: 'UAO',
  },
  'POST /api/people/:userId/deactivate': {
    as: 'EDUCATION_CENTRE',
    send: async (s, ids, owner) => {
      const { id } = await freshPerson(owner, ids);
      return s.agent.post(`/api/people/${id}/deactivate`).set('x-csrf-token', s.csrf);
    },
    okStatus: 204,
    cross: 'not-found',
    denied: 'UKS',
  },
  'POST /api/people/:userId/reactivate': {
    as: 'TENANT_ADMIN',
    send: async (s, ids, owner) => {
      const { id } = await freshPerson(owner, ids);
      await owner.agent.post(`/api/people/${id}/deactivate`).set('x-csrf-token', owner.csrf);
      return s.agent.post(`/api/people/${id}/reactivate`).set('x-csrf-token', s.csrf);
    },
    okStatus: 204,
    cross: 'not-found',
    denied: 'DEPARTMENT_HEAD',
  },
  'POST /api/people/:userId/invitations': {
    as: 'EDUCATION_CENTRE',
    send: async (s, ids, owner) => {
      const { id } = await freshPerson(owner, ids);
      return s.agent.post(`/api/people/${id}/invitations`).set('x-csrf-token', s.csrf);
    },
    okStatus: 201,
    cross: 'not-found',
    denied: 'SUPERVISOR',
  },
  // Public: the token is the credential (a bearer secret); covered in people-admin.test.ts.
  'GET /api/invitations/:token': {
    as: 'EDUCATION_CENTRE',
    send: async (s, ids, owner) => {
      const { token } = await freshPerson(owner, ids, { invite: true });
      return s.agent.get(`/api/invitations/${token}`);
    },
    okStatus: 200,
    cross: 'platform',
    denied: null,
  },
  'POST /api/invitations/:token/accept': {
    as: 'EDUCATION_CENTRE',
    send: async (s, ids, owner) => {
      const { token } = await freshPerson(owner, ids, { invite: true });
      return s.agent
        .post(`/api/invitations/${token}/accept`)
        .set('x-csrf-token', s.csrf)
        .send({ password: 'Isolation-kodeord-2026' });
    },
    okStatus: 204,
    cross: 'platform',
    denied: null,
  },
  'POST /api/people/:userId/assignments': {
    as: 'EDUCATION_CENTRE',
    send: async (s, ids, owner) => {
      const { id } = await freshPerson(owner, ids);
      return s.agent
        .post(`/api/people/${id}/assignments`)
        .set('x-csrf-token', s.csrf)
        .send({ role: 'SUPERVISOR', unitId: ids.departmentId, validFrom: '2026-01-01', validTo: null });
    },
    okStatus: 201,
    cross: 'not-found',
    denied: 'UAO',
  },
  'PATCH /api/role-assignments/:assignmentId': {
    as: 'EDUCATION_CENTRE',
    send: async (s, ids, owner) => {
      const id = await freshAssignment(owner, ids);
      return s.agent
        .patch(`/api/role-assignments/${id}`)
        .set('x-csrf-token', s.csrf)
        .send({ validFrom: '2026-02-01', validTo: '2026-12-31' });
    },
    okStatus: 200,
    cross: 'not-found',
    denied: 'UAO',
  },
  'POST /api/role-assignments/:assignmentId/end': {
    as: 'TENANT_ADMIN',
    send: async (s, ids, owner) => {
      const id = await freshAssignment(owner, ids);
      return s.agent
        .post(`/api/role-assignments/${id}/end`)
        .set('x-csrf-token', s.csrf)
        .send({ validTo: '2026-06-30' });
    },
    okStatus: 200,
    cross: 'not-found',
    denied: 'DEPARTMENT_HEAD',
  },
  'GET /api/role-assignments': {
    as: 'EDUCATION_CENTRE',
    send: (s, ids) => s.agent.get(`/api/role-assignments?pageSize=100&unitId=${ids.hospitalId}`),
    okStatus: 200,
    cross: 'not-found',
    denied: 'TRAINEE',
  },
  'GET /api/coverage-gaps': {
    as: 'EDUCATION_CENTRE',
    send: (s) => s.agent.get('/api/coverage-gaps'),
    okStatus: 200,
    cross: 'no-leak',
    denied: 'TRAINEE',
  },
};
