import type { LoggedIn } from '../helpers.js';
import type { Case, Ids } from './types.js';

const rand = () => Math.random().toString(36).slice(2, 10);

/**
 * A fresh department under the tenant's hospital, created by `owner` (so the cases never change
 * the demo units other tests rely on). When the owner may not create one (the 403 case, where the
 * caller is its own owner), the demo department stands in: the request is refused before it
 * is looked at.
 */
async function freshDepartment(owner: LoggedIn, ids: Ids, close = false): Promise<{ id: string; version: number }> {
  const res = await owner.agent
    .post('/api/org-admin/units')
    .set('x-csrf-token', owner.csrf)
    .send({ kind: 'DEPARTMENT', name: `Isolationstest ${rand()}`, parentId: ids.hospitalId });
  if (res.status !== 201) return { id: ids.departmentId, version: 1 };
  const unit = res.body as { id: string; version: number };
  if (!close) return unit;
  const closed = await owner.agent
    .post(`/api/org-admin/units/${unit.id}/close`)
    .set('x-csrf-token', owner.csrf)
    .send({ version: unit.version });
  return closed.body as { id: string; version: number };
}

/** Isolation cases of the org-admin module (see types.ts). Every route the module registers needs one. */
export const cases: Record<string, Case> = {
  'GET /api/org-admin/units': {
    as: 'EDUCATION_CENTRE',
    send: (s) => s.agent.get('/api/org-admin/units?includeClosed=true'),
    okStatus: 200,
    cross: 'no-leak',
    denied: 'UAO',
  },
  'POST /api/org-admin/units': {
    as: 'EDUCATION_CENTRE',
    send: (s, ids) =>
      s.agent
        .post('/api/org-admin/units')
        .set('x-csrf-token', s.csrf)
        .send({ kind: 'DEPARTMENT', name: `Isolationstest ${rand()}`, parentId: ids.hospitalId }),
    okStatus: 201,
    cross: 'not-found',
    denied: 'UAO',
  },
  'PATCH /api/org-admin/units/:unitId': {
    as: 'EDUCATION_CENTRE',
    send: async (s, ids, owner) => {
      const unit = await freshDepartment(owner, ids);
      return s.agent
        .patch(`/api/org-admin/units/${unit.id}`)
        .set('x-csrf-token', s.csrf)
        .send({ version: unit.version, name: `Omdøbt ${rand()}`, shortName: null, specialtyId: null });
    },
    okStatus: 200,
    cross: 'not-found',
    denied: 'UAO',
  },
  'PUT /api/org-admin/units/:unitId/parent': {
    as: 'TENANT_ADMIN',
    send: async (s, ids, owner) => {
      const unit = await freshDepartment(owner, ids);
      // The other hospital of the tenant whose ids are used (BFH / SUH in the demo data).
      const list = await owner.agent.get('/api/org-admin/units');
      const items = (list.body as { items?: { id: string; kind: string }[] }).items ?? [];
      const target = items.find((u) => u.kind === 'HOSPITAL' && u.id !== ids.hospitalId)?.id ?? ids.hospitalId;
      return s.agent
        .put(`/api/org-admin/units/${unit.id}/parent`)
        .set('x-csrf-token', s.csrf)
        .send({ version: unit.version, parentId: target });
    },
    okStatus: 200,
    cross: 'not-found',
    denied: 'UAO',
  },
  'POST /api/org-admin/units/:unitId/close': {
    as: 'EDUCATION_CENTRE',
    send: async (s, ids, owner) => {
      const unit = await freshDepartment(owner, ids);
      return s.agent
        .post(`/api/org-admin/units/${unit.id}/close`)
        .set('x-csrf-token', s.csrf)
        .send({ version: unit.version });
    },
    okStatus: 200,
    cross: 'not-found',
    denied: 'UAO',
  },
  'POST /api/org-admin/units/:unitId/reopen': {
    as: 'EDUCATION_CENTRE',
    send: async (s, ids, owner) => {
      const unit = await freshDepartment(owner, ids, true);
      return s.agent
        .post(`/api/org-admin/units/${unit.id}/reopen`)
        .set('x-csrf-token', s.csrf)
        .send({ version: unit.version });
    },
    okStatus: 200,
    cross: 'not-found',
    denied: 'UAO',
  },
  'GET /api/org-admin/specialties': {
    as: 'EDUCATION_CENTRE',
    send: (s) => s.agent.get('/api/org-admin/specialties'),
    okStatus: 200,
    cross: 'no-leak',
    denied: 'UAO',
  },
  'POST /api/org-admin/specialties': {
    as: 'TENANT_ADMIN',
    send: (s) =>
      s.agent
        .post('/api/org-admin/specialties')
        .set('x-csrf-token', s.csrf)
        .send({ name: `Isolationstest ${rand()}` }),
    okStatus: 201,
    cross: 'no-leak',
    denied: 'UAO',
  },
  'PATCH /api/org-admin/specialties/:specialtyId': {
    as: 'EDUCATION_CENTRE',
    send: async (s, _ids, owner) => {
      const created = await owner.agent
        .post('/api/org-admin/specialties')
        .set('x-csrf-token', owner.csrf)
        .send({ name: `Isolationstest ${rand()}` });
      const id = (created.body as { id?: string }).id ?? '00000000-0000-4000-8000-000000000000';
      return s.agent
        .patch(`/api/org-admin/specialties/${id}`)
        .set('x-csrf-token', s.csrf)
        .send({ name: `Isolationstest ${rand()}` });
    },
    okStatus: 200,
    cross: 'not-found',
    denied: 'UAO',
  },
};
