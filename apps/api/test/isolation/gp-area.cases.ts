import { randomUUID } from 'node:crypto';
import { todayInDenmark } from '@portal/contracts';
import type { LoggedIn } from '../helpers.js';
import type { Case } from './types.js';

/**
 * Isolation cases of the gp-area module (issue 6; see types.ts). The owner (the AMU of the target
 * tenant, or its administrator) finds the area and a trainee course through the API; a caller
 * without the permission gets random ids (it is refused before they matter).
 */
async function areaOf(owner: LoggedIn): Promise<string> {
  const res = await owner.agent.get('/api/gp-areas');
  return res.status === 200 && res.body.items.length > 0 ? (res.body.items[0].id as string) : randomUUID();
}

async function courseOf(owner: LoggedIn, areaId: string): Promise<string> {
  const res = await owner.agent.get(`/api/gp-areas/${areaId}/trainees`);
  return res.status === 200 && res.body.items.length > 0 ? (res.body.items[0].courseId as string) : randomUUID();
}

const entryBody = () => ({ workedOn: todayInDenmark(), kind: 'TRAINEE_CONTACT', hours: 0.5, note: 'Isolationstest' });

async function newEntry(owner: LoggedIn, areaId: string): Promise<{ id: string; version: number }> {
  const res = await owner.agent
    .post(`/api/gp-areas/${areaId}/time-entries`)
    .set('x-csrf-token', owner.csrf)
    .send(entryBody());
  return res.status === 201 ? { id: res.body.id, version: res.body.version } : { id: randomUUID(), version: 1 };
}

const difficultyEntry = () => ({ entryOn: todayInDenmark(), text: 'Isolationstest', handledWith: 'TUTOR' });

const amu = { as: 'GP_COORDINATOR', denied: 'TRAINEE' } as const;

export const cases: Record<string, Case> = {
  'GET /api/gp-areas': {
    ...amu,
    send: (s) => s.agent.get('/api/gp-areas'),
    okStatus: 200,
    cross: 'no-leak',
  },
  'GET /api/gp-areas/:areaId': {
    ...amu,
    send: async (s, _ids, owner) => s.agent.get(`/api/gp-areas/${await areaOf(owner)}`),
    okStatus: 200,
    cross: 'not-found',
  },
  'PUT /api/gp-areas/:areaId/allotments/:userId': {
    // Only the regional administration sets allotments; the AMU holds gp-area:manage for the area only.
    as: 'TENANT_ADMIN',
    denied: 'GP_COORDINATOR',
    send: async (s, _ids, owner) => {
      const areaId = await areaOf(owner);
      const o = await owner.agent.get(`/api/gp-areas/${areaId}`);
      const c = o.status === 200 ? o.body.coordinators[0] : null;
      return s.agent
        .put(`/api/gp-areas/${areaId}/allotments/${c?.userId ?? randomUUID()}`)
        .set('x-csrf-token', s.csrf)
        .send({ year: o.body.year ?? 2026, hours: 200, version: c?.version ?? null });
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'GET /api/gp-areas/:areaId/time-entries': {
    ...amu,
    send: async (s, _ids, owner) => {
      const areaId = await areaOf(owner);
      await newEntry(owner, areaId);
      return s.agent.get(`/api/gp-areas/${areaId}/time-entries`);
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'POST /api/gp-areas/:areaId/time-entries': {
    ...amu,
    send: async (s, _ids, owner) =>
      s.agent
        .post(`/api/gp-areas/${await areaOf(owner)}/time-entries`)
        .set('x-csrf-token', s.csrf)
        .send(entryBody()),
    okStatus: 201,
    cross: 'not-found',
  },
  'PUT /api/gp-areas/:areaId/time-entries/:entryId': {
    ...amu,
    send: async (s, _ids, owner) => {
      const areaId = await areaOf(owner);
      const e = await newEntry(owner, areaId);
      return s.agent
        .put(`/api/gp-areas/${areaId}/time-entries/${e.id}`)
        .set('x-csrf-token', s.csrf)
        .send({ ...entryBody(), hours: 1, version: e.version });
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'DELETE /api/gp-areas/:areaId/time-entries/:entryId': {
    ...amu,
    send: async (s, _ids, owner) => {
      const areaId = await areaOf(owner);
      const e = await newEntry(owner, areaId);
      return s.agent
        .delete(`/api/gp-areas/${areaId}/time-entries/${e.id}?version=${e.version}`)
        .set('x-csrf-token', s.csrf);
    },
    okStatus: 204,
    cross: 'not-found',
  },
  'GET /api/gp-areas/:areaId/hours-summary': {
    ...amu,
    send: async (s, _ids, owner) => s.agent.get(`/api/gp-areas/${await areaOf(owner)}/hours-summary`),
    okStatus: 200,
    cross: 'not-found',
  },
  'GET /api/gp-areas/:areaId/trainees': {
    ...amu,
    send: async (s, _ids, owner) => s.agent.get(`/api/gp-areas/${await areaOf(owner)}/trainees`),
    okStatus: 200,
    cross: 'not-found',
  },
  'GET /api/gp-areas/:areaId/trainees/:courseId': {
    ...amu,
    send: async (s, _ids, owner) => {
      const areaId = await areaOf(owner);
      return s.agent.get(`/api/gp-areas/${areaId}/trainees/${await courseOf(owner, areaId)}`);
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'POST /api/gp-areas/:areaId/trainees/:courseId/contacts': {
    ...amu,
    send: async (s, _ids, owner) => {
      const areaId = await areaOf(owner);
      return s.agent
        .post(`/api/gp-areas/${areaId}/trainees/${await courseOf(owner, areaId)}/contacts`)
        .set('x-csrf-token', s.csrf)
        .send({ contactOn: todayInDenmark(), kind: 'PHONE', note: 'Isolationstest' });
    },
    okStatus: 201,
    cross: 'not-found',
  },
  'GET /api/gp-areas/:areaId/trainees/:courseId/difficulty': {
    ...amu,
    send: async (s, _ids, owner) => {
      const areaId = await areaOf(owner);
      return s.agent.get(`/api/gp-areas/${areaId}/trainees/${await courseOf(owner, areaId)}/difficulty`);
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'POST /api/gp-areas/:areaId/trainees/:courseId/difficulty/entries': {
    ...amu,
    send: async (s, _ids, owner) => {
      const areaId = await areaOf(owner);
      return s.agent
        .post(`/api/gp-areas/${areaId}/trainees/${await courseOf(owner, areaId)}/difficulty/entries`)
        .set('x-csrf-token', s.csrf)
        .send(difficultyEntry());
    },
    okStatus: 201,
    cross: 'not-found',
  },
  'PUT /api/gp-areas/:areaId/trainees/:courseId/difficulty': {
    ...amu,
    send: async (s, _ids, owner) => {
      const areaId = await areaOf(owner);
      const url = `/api/gp-areas/${areaId}/trainees/${await courseOf(owner, areaId)}/difficulty`;
      const made = await owner.agent.post(`${url}/entries`).set('x-csrf-token', owner.csrf).send(difficultyEntry());
      const version = made.status === 201 ? (made.body.note.version as number) : 1;
      return s.agent.put(url).set('x-csrf-token', s.csrf).send({ state: 'OPEN', handledWith: 'BOTH', version });
    },
    okStatus: 200,
    cross: 'not-found',
  },
};
