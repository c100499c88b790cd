import { randomUUID } from 'node:crypto';
import type { LoggedIn } from '../helpers.js';
import type { Case } from './types.js';

/** The GP area of an AMU (the owner); a random id for a caller without one (refused before it matters). */
const areaOf = (s: LoggedIn) => s.me.assignments.find((a) => a.role === 'GP_COORDINATOR')?.unit?.id ?? randomUUID();
const url = (s: LoggedIn) => `/api/gp-areas/${areaOf(s)}/department-visits`;

/** A department the owner's area is not linked to yet (the last one, so demo tests keep theirs). */
async function linkable(owner: LoggedIn): Promise<string> {
  const res = await owner.agent.get(`${url(owner)}/linkable`);
  const items = (res.body.items ?? []) as { id: string }[];
  return items.at(-1)?.id ?? randomUUID();
}

/** Links a department to the owner's area; its id and version (random when the owner may not). */
async function newLink(owner: LoggedIn): Promise<{ id: string; version: number }> {
  const res = await owner.agent
    .post(url(owner))
    .set('x-csrf-token', owner.csrf)
    .send({ departmentId: await linkable(owner), joinedOn: '2020-01-01', clinicalLecturers: null });
  return res.status === 201 ? { id: res.body.id, version: res.body.version } : { id: randomUUID(), version: 1 };
}

async function unlink(owner: LoggedIn, link: { id: string; version: number }) {
  await owner.agent.delete(`${url(owner)}/${link.id}?version=${link.version}`).set('x-csrf-token', owner.csrf);
}

const base = { as: 'GP_COORDINATOR', denied: 'TRAINEE', cross: 'not-found' } as const;

/** Isolation cases of the gp-visits module (issue 6; see types.ts). Every route the module registers needs one. */
export const cases: Record<string, Case> = {
  'GET /api/gp-areas/:areaId/department-visits': {
    ...base,
    send: (s, _ids, owner) => s.agent.get(url(owner)),
    okStatus: 200,
  },
  'GET /api/gp-areas/:areaId/department-visits/linkable': {
    ...base,
    send: (s, _ids, owner) => s.agent.get(`${url(owner)}/linkable`),
    okStatus: 200,
  },
  'POST /api/gp-areas/:areaId/department-visits': {
    ...base,
    // Links the owner's area to a department of its tenant, then unlinks it again (no trace left).
    send: async (s, _ids, owner) => {
      const res = await s.agent
        .post(url(owner))
        .set('x-csrf-token', s.csrf)
        .send({ departmentId: await linkable(owner), joinedOn: '2020-01-01', clinicalLecturers: 'Klinisk Lektor' });
      if (res.status === 201) await unlink(owner, { id: res.body.id, version: res.body.version });
      return res;
    },
    okStatus: 201,
  },
  'PUT /api/gp-areas/:areaId/department-visits/:linkId': {
    ...base,
    send: async (s, _ids, owner) => {
      const link = await newLink(owner);
      const res = await s.agent
        .put(`${url(owner)}/${link.id}`)
        .set('x-csrf-token', s.csrf)
        .send({ joinedOn: '2021-01-01', clinicalLecturers: null, version: link.version });
      await unlink(owner, { id: link.id, version: res.status === 200 ? res.body.version : link.version });
      return res;
    },
    okStatus: 200,
  },
  'DELETE /api/gp-areas/:areaId/department-visits/:linkId': {
    ...base,
    send: async (s, _ids, owner) => {
      const link = await newLink(owner);
      const res = await s.agent.delete(`${url(owner)}/${link.id}?version=${link.version}`).set('x-csrf-token', s.csrf);
      if (res.status !== 200) await unlink(owner, link);
      return res;
    },
    okStatus: 200,
  },
};
