import { randomUUID } from 'node:crypto';
import { todayInDenmark } from '@portal/contracts';
import type { LoggedIn } from '../helpers.js';
import type { Case, Ids } from './types.js';

/** Creates an activity as `owner` in the hospital of `ids` (a random id when the owner may not). */
async function newActivity(owner: LoggedIn, ids: Ids, visit = false): Promise<{ id: string; version: number }> {
  const res = await owner.agent
    .post('/api/activities')
    .set('x-csrf-token', owner.csrf)
    .send({
      kind: visit ? 'DEPARTMENT_VISIT' : 'WORKSHOP',
      title: 'Isolationstest',
      startsOn: todayInDenmark(),
      endsOn: null,
      place: null,
      audience: 'ALL',
      capacity: visit ? null : 10,
      description: null,
      departmentId: visit ? ids.departmentId : null,
      hospitalId: ids.hospitalId,
    });
  return res.status === 201 ? { id: res.body.id, version: res.body.version } : { id: randomUUID(), version: 1 };
}

async function newRegistration(owner: LoggedIn, ids: Ids) {
  const a = await newActivity(owner, ids);
  const res = await owner.agent
    .post(`/api/activities/${a.id}/registrations`)
    .set('x-csrf-token', owner.csrf)
    .send({ name: 'Ekstern Deltager', email: `ekstern-${randomUUID()}@example.org`, department: null });
  const regId = res.status === 201 ? (res.body.registrations[0].id as string) : randomUUID();
  return { activityId: a.id, regId };
}

async function newFollowUp(owner: LoggedIn, ids: Ids) {
  const a = await newActivity(owner, ids, true);
  const res = await owner.agent
    .post(`/api/activities/${a.id}/follow-ups`)
    .set('x-csrf-token', owner.csrf)
    .send({ text: 'Opfølgning', ownerUserId: null, ownerText: 'UAO', dueOn: null, done: false });
  const fid = res.status === 201 ? (res.body.followUps[0].id as string) : randomUUID();
  return { activityId: a.id, fid };
}

const base = { as: 'EDUCATION_CENTRE', denied: 'TRAINEE' } as const;

/** Isolation cases of the activities module (see types.ts). Every route the module registers needs one. */
export const cases: Record<string, Case> = {
  'GET /api/activities': {
    ...base,
    send: async (s, ids, owner) => {
      await newActivity(owner, ids);
      return s.agent.get('/api/activities');
    },
    okStatus: 200,
    cross: 'no-leak',
  },
  'POST /api/activities': {
    ...base,
    // The other tenant's hospital: 404 like a unit that does not exist.
    send: (s, ids) =>
      s.agent.post('/api/activities').set('x-csrf-token', s.csrf).send({
        kind: 'THEME_DAY',
        title: 'Temadag',
        startsOn: '2027-03-01',
        endsOn: null,
        place: 'Auditoriet',
        audience: 'ALL',
        capacity: 50,
        description: null,
        departmentId: null,
        hospitalId: ids.hospitalId,
      }),
    okStatus: 201,
    cross: 'not-found',
  },
  'GET /api/activities/stats': {
    ...base,
    send: (s, ids) => s.agent.get(`/api/activities/stats?from=2026-01-01&to=2026-12-31&unitId=${ids.hospitalId}`),
    okStatus: 200,
    cross: 'not-found',
  },
  'GET /api/activities/participants': {
    ...base,
    send: (s) => s.agent.get('/api/activities/participants?q=dk'),
    okStatus: 200,
    cross: 'no-leak',
  },
  'GET /api/activities/:activityId': {
    ...base,
    send: async (s, ids, owner) => s.agent.get(`/api/activities/${(await newActivity(owner, ids)).id}`),
    okStatus: 200,
    cross: 'not-found',
  },
  'PUT /api/activities/:activityId': {
    ...base,
    send: async (s, ids, owner) => {
      const a = await newActivity(owner, ids);
      return s.agent.put(`/api/activities/${a.id}`).set('x-csrf-token', s.csrf).send({
        kind: 'WORKSHOP',
        title: 'Ændret titel',
        startsOn: todayInDenmark(),
        endsOn: null,
        place: null,
        audience: 'ALL',
        capacity: 10,
        description: null,
        departmentId: null,
        state: 'PLANNED',
        version: a.version,
      });
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'PUT /api/activities/:activityId/report': {
    ...base,
    send: async (s, ids, owner) => {
      const a = await newActivity(owner, ids, true);
      return s.agent
        .put(`/api/activities/${a.id}/report`)
        .set('x-csrf-token', s.csrf)
        .send({ report: 'Rapport', version: a.version });
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'POST /api/activities/:activityId/registrations': {
    ...base,
    send: async (s, ids, owner) => {
      const a = await newActivity(owner, ids);
      return s.agent
        .post(`/api/activities/${a.id}/registrations`)
        .set('x-csrf-token', s.csrf)
        .send({ name: 'Ekstern', email: `x-${randomUUID()}@example.org`, department: 'Hjertemedicinsk' });
    },
    okStatus: 201,
    cross: 'not-found',
  },
  'POST /api/activities/:activityId/registrations/:registrationId/cancel': {
    ...base,
    send: async (s, ids, owner) => {
      const r = await newRegistration(owner, ids);
      return s.agent
        .post(`/api/activities/${r.activityId}/registrations/${r.regId}/cancel`)
        .set('x-csrf-token', s.csrf);
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'PUT /api/activities/:activityId/attendance': {
    ...base,
    send: async (s, ids, owner) => {
      const r = await newRegistration(owner, ids);
      return s.agent
        .put(`/api/activities/${r.activityId}/attendance`)
        .set('x-csrf-token', s.csrf)
        .send({ items: [{ registrationId: r.regId, attended: true }] });
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'POST /api/activities/:activityId/follow-ups': {
    ...base,
    send: async (s, ids, owner) => {
      const a = await newActivity(owner, ids, true);
      return s.agent.post(`/api/activities/${a.id}/follow-ups`).set('x-csrf-token', s.csrf).send({
        text: 'Introduktionsprogram opdateres',
        ownerUserId: null,
        ownerText: 'UAO',
        dueOn: '2027-01-15',
        done: false,
      });
    },
    okStatus: 201,
    cross: 'not-found',
  },
  'PUT /api/activities/:activityId/follow-ups/:followUpId': {
    ...base,
    send: async (s, ids, owner) => {
      const f = await newFollowUp(owner, ids);
      return s.agent
        .put(`/api/activities/${f.activityId}/follow-ups/${f.fid}`)
        .set('x-csrf-token', s.csrf)
        .send({ text: 'Opfølgning', ownerUserId: null, ownerText: 'UAO', dueOn: null, done: true });
    },
    okStatus: 200,
    cross: 'not-found',
  },
};
