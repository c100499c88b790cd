import type { LoggedIn } from '../helpers.js';
import type { Case, Ids } from './types.js';

/** Isolation cases of the education-bodies module (see types.ts). Every route the module registers needs one. */

const NONE = '00000000-0000-4000-8000-000000000000';

/** A demo body of the home tenant, looked up by the owner (UAO: the department's forum). */
async function demoBody(owner: LoggedIn, kind = 'FORUM'): Promise<string> {
  const res = await owner.agent.get(`/api/education-bodies?kind=${kind}`);
  return (res.body?.items?.[0]?.id as string | undefined) ?? NONE;
}

/** A fresh forum in the home department, created by the owner, so changes never touch demo data. */
async function freshBody(owner: LoggedIn, ids: Ids): Promise<string> {
  const res = await owner.agent
    .post('/api/education-bodies')
    .set('x-csrf-token', owner.csrf)
    .send({ kind: 'FORUM', unitId: ids.departmentId, name: 'Isolationstest' });
  return (res.body?.id as string | undefined) ?? NONE;
}

async function freshMeeting(owner: LoggedIn, ids: Ids): Promise<string> {
  const bodyId = await freshBody(owner, ids);
  const res = await owner.agent
    .post(`/api/education-bodies/${bodyId}/meetings`)
    .set('x-csrf-token', owner.csrf)
    .send({ date: '2026-01-15', startTime: '14:00', endTime: '15:00' });
  return (res.body?.id as string | undefined) ?? NONE;
}

export const cases: Record<string, Case> = {
  'GET /api/education-bodies': {
    as: 'UAO',
    send: (s) => s.agent.get('/api/education-bodies'),
    okStatus: 200,
    cross: 'no-leak',
    denied: 'PLATFORM_ADMIN',
  },
  'POST /api/education-bodies': {
    as: 'UAO',
    send: (s, ids) =>
      s.agent
        .post('/api/education-bodies')
        .set('x-csrf-token', s.csrf)
        .send({ kind: 'TEAM', unitId: ids.departmentId, name: 'Isolationstest' }),
    okStatus: 201,
    cross: 'not-found',
    denied: 'SUPERVISOR',
  },
  'GET /api/education-bodies/:bodyId': {
    as: 'UAO',
    send: async (s, _ids, owner) => s.agent.get(`/api/education-bodies/${await demoBody(owner)}`),
    okStatus: 200,
    cross: 'not-found',
    denied: 'PLATFORM_ADMIN',
  },
  'PUT /api/education-bodies/:bodyId': {
    as: 'UAO',
    send: async (s, ids, owner) => {
      const id = await freshBody(owner, ids);
      return s.agent
        .put(`/api/education-bodies/${id}`)
        .set('x-csrf-token', s.csrf)
        .send({ name: 'Omdøbt', cadence: { value: 2, unit: 'MONTH' }, termsOfReference: 'Kommissorium', version: 1 });
    },
    okStatus: 200,
    cross: 'not-found',
    denied: 'SUPERVISOR',
  },
  'GET /api/education-bodies/:bodyId/member-candidates': {
    as: 'UAO',
    send: async (s, _ids, owner) => s.agent.get(`/api/education-bodies/${await demoBody(owner)}/member-candidates`),
    okStatus: 200,
    cross: 'not-found',
    denied: 'SUPERVISOR',
  },
  'POST /api/education-bodies/:bodyId/members': {
    as: 'UAO',
    send: async (s, ids, owner) => {
      const id = await freshBody(owner, ids);
      return s.agent
        .post(`/api/education-bodies/${id}/members`)
        .set('x-csrf-token', s.csrf)
        .send({ userId: owner.me.user.id, function: 'OTHER', functionOther: 'Referent', startDate: '2026-01-01' });
    },
    okStatus: 201,
    cross: 'not-found',
    denied: 'SUPERVISOR',
  },
  'PUT /api/education-bodies/:bodyId/members/:memberId': {
    as: 'UAO',
    send: async (s, ids, owner) => {
      const id = await freshBody(owner, ids);
      const m = await owner.agent
        .post(`/api/education-bodies/${id}/members`)
        .set('x-csrf-token', owner.csrf)
        .send({ userId: owner.me.user.id, function: 'UAO', startDate: '2026-01-01' });
      return s.agent
        .put(`/api/education-bodies/${id}/members/${(m.body?.id as string | undefined) ?? NONE}`)
        .set('x-csrf-token', s.csrf)
        .send({ function: 'CHAIR', startDate: '2026-01-01', endDate: '2026-12-31' });
    },
    okStatus: 200,
    cross: 'not-found',
    denied: 'SUPERVISOR',
  },
  'POST /api/education-bodies/:bodyId/meetings': {
    as: 'UAO',
    send: async (s, ids, owner) => {
      const id = await freshBody(owner, ids);
      return s.agent
        .post(`/api/education-bodies/${id}/meetings`)
        .set('x-csrf-token', s.csrf)
        .send({ date: '2026-12-01', startTime: '14:00', endTime: '15:00', place: 'Mødelokale 1' });
    },
    okStatus: 201,
    cross: 'not-found',
    denied: 'SUPERVISOR',
  },
  'GET /api/education-bodies/:bodyId/meetings.ics': {
    as: 'UAO',
    send: async (s, _ids, owner) => s.agent.get(`/api/education-bodies/${await demoBody(owner)}/meetings.ics`),
    okStatus: 200,
    cross: 'not-found',
    denied: 'PLATFORM_ADMIN',
  },
  'GET /api/education-meetings/:meetingId': {
    as: 'UAO',
    send: async (s, ids, owner) => s.agent.get(`/api/education-meetings/${await freshMeeting(owner, ids)}`),
    okStatus: 200,
    cross: 'not-found',
    denied: 'PLATFORM_ADMIN',
  },
  'GET /api/education-meetings/:meetingId/meeting.ics': {
    as: 'UAO',
    send: async (s, ids, owner) => s.agent.get(`/api/education-meetings/${await freshMeeting(owner, ids)}/meeting.ics`),
    okStatus: 200,
    cross: 'not-found',
    denied: 'PLATFORM_ADMIN',
  },
  'PUT /api/education-meetings/:meetingId': {
    as: 'UAO',
    send: async (s, ids, owner) =>
      s.agent
        .put(`/api/education-meetings/${await freshMeeting(owner, ids)}`)
        .set('x-csrf-token', s.csrf)
        .send({ date: '2026-01-16', startTime: '13:00', endTime: '14:00', place: 'Lokale 2', agenda: [], version: 1 }),
    okStatus: 200,
    cross: 'not-found',
    denied: 'SUPERVISOR',
  },
  'PUT /api/education-meetings/:meetingId/status': {
    as: 'UAO',
    send: async (s, ids, owner) =>
      s.agent
        .put(`/api/education-meetings/${await freshMeeting(owner, ids)}/status`)
        .set('x-csrf-token', s.csrf)
        .send({ status: 'HELD', version: 1 }),
    okStatus: 200,
    cross: 'not-found',
    denied: 'SUPERVISOR',
  },
  'PUT /api/education-meetings/:meetingId/minutes': {
    as: 'UAO',
    send: async (s, ids, owner) =>
      s.agent
        .put(`/api/education-meetings/${await freshMeeting(owner, ids)}/minutes`)
        .set('x-csrf-token', s.csrf)
        .send({ minutes: 'Referat', decisions: '', minutesVersion: 1 }),
    okStatus: 200,
    cross: 'not-found',
    denied: 'SUPERVISOR',
  },
  'PUT /api/education-meetings/:meetingId/attendance': {
    as: 'UAO',
    send: async (s, ids, owner) => {
      const bodyId = await freshBody(owner, ids);
      const m = await owner.agent
        .post(`/api/education-bodies/${bodyId}/members`)
        .set('x-csrf-token', owner.csrf)
        .send({ userId: owner.me.user.id, function: 'UAO', startDate: '2025-01-01' });
      const meeting = await owner.agent
        .post(`/api/education-bodies/${bodyId}/meetings`)
        .set('x-csrf-token', owner.csrf)
        .send({ date: '2026-01-15', startTime: '14:00', endTime: '15:00' });
      return s.agent
        .put(`/api/education-meetings/${(meeting.body?.id as string | undefined) ?? NONE}/attendance`)
        .set('x-csrf-token', s.csrf)
        .send({ entries: [{ memberId: (m.body?.id as string | undefined) ?? NONE, status: 'PRESENT' }] });
    },
    okStatus: 200,
    cross: 'not-found',
    denied: 'SUPERVISOR',
  },
  'POST /api/education-meetings/:meetingId/action-items': {
    as: 'UAO',
    send: async (s, ids, owner) =>
      s.agent
        .post(`/api/education-meetings/${await freshMeeting(owner, ids)}/action-items`)
        .set('x-csrf-token', s.csrf)
        .send({ text: 'Følge op', ownerId: s.me.user.id, dueDate: '2026-02-01' }),
    okStatus: 201,
    cross: 'not-found',
    denied: 'SUPERVISOR',
  },
  'PUT /api/education-action-items/:itemId/done': {
    as: 'UAO',
    send: async (s, ids, owner) => {
      const meetingId = await freshMeeting(owner, ids);
      const m = await owner.agent
        .post(`/api/education-meetings/${meetingId}/action-items`)
        .set('x-csrf-token', owner.csrf)
        .send({ text: 'Følge op', ownerId: owner.me.user.id });
      const itemId = (m.body?.actionItems?.[0]?.id as string | undefined) ?? NONE;
      return s.agent.put(`/api/education-action-items/${itemId}/done`).set('x-csrf-token', s.csrf).send({ done: true });
    },
    okStatus: 200,
    cross: 'not-found',
    denied: 'PLATFORM_ADMIN',
  },
  'GET /api/me/meetings': {
    as: 'UAO',
    send: (s) => s.agent.get('/api/me/meetings'),
    okStatus: 200,
    cross: 'no-leak',
    denied: null,
  },
};
