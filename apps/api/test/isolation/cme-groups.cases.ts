import { randomUUID } from 'node:crypto';
import { todayInDenmark } from '@portal/contracts';
import type { LoggedIn } from '../helpers.js';
import type { Case } from './types.js';

/**
 * Isolation cases of the continuing-education groups and the GP register (issue 6; see types.ts).
 * The continuing-education coordinator (CME_COORDINATOR) of each region is the caller; a trainee
 * holds neither cme-groups:manage nor gp-area:manage.
 */

const base = { as: 'CME_COORDINATOR', denied: 'TRAINEE' } as const;
const csv = (text: string) => ({
  fileName: 'laeger.csv',
  contentType: 'text/csv',
  contentBase64: Buffer.from(text, 'utf8').toString('base64'),
});

/** A GP of the owner's tenant (the first of the register), with its version and practice. */
async function aGp(owner: LoggedIn) {
  const res = await owner.agent.get('/api/general-practitioners');
  const gp = res.body.items?.[0];
  return gp
    ? { id: gp.id as string, version: gp.version as number, practiceId: gp.practice.id as string, gp }
    : { id: randomUUID(), version: 1, practiceId: randomUUID(), gp: null };
}

async function newGroup(owner: LoggedIn) {
  const res = await owner.agent
    .post('/api/cme-groups')
    .set('x-csrf-token', owner.csrf)
    .send({
      kind: 'EFTERUDDANNELSE',
      name: `Isolationsgruppe ${randomUUID().slice(0, 6)}`,
      topics: [],
      startedOn: '2020-01-01',
    });
  return res.status === 201
    ? { id: res.body.id as string, version: res.body.version as number }
    : { id: randomUUID(), version: 1 };
}

async function groupWithMember(owner: LoggedIn) {
  const g = await newGroup(owner);
  const gp = await aGp(owner);
  const res = await owner.agent
    .post(`/api/cme-groups/${g.id}/members`)
    .set('x-csrf-token', owner.csrf)
    .send({ gpId: gp.id, joinedOn: '2020-01-01' });
  return { groupId: g.id, memberId: res.status === 201 ? (res.body.members[0].id as string) : randomUUID() };
}

async function groupWithMeeting(owner: LoggedIn) {
  const g = await newGroup(owner);
  const res = await owner.agent
    .post(`/api/cme-groups/${g.id}/meetings`)
    .set('x-csrf-token', owner.csrf)
    .send({ heldOn: todayInDenmark(), topic: 'Isolation', attendedCount: 3 });
  return { groupId: g.id, meetingId: res.status === 201 ? (res.body.meetings[0].id as string) : randomUUID() };
}

async function leaderCourse(owner: LoggedIn) {
  const res = await owner.agent.get('/api/cme-groups/leader-courses');
  const c = res.body.items?.[0];
  return c ? { id: c.id as string, body: c } : { id: randomUUID(), body: null };
}

export const cases: Record<string, Case> = {
  // --- GP register ---------------------------------------------------------------------------
  'GET /api/general-practitioners': {
    ...base,
    send: (s) => s.agent.get('/api/general-practitioners?includeLeft=true'),
    okStatus: 200,
    cross: 'no-leak',
  },
  'GET /api/general-practitioners/practices': {
    ...base,
    send: (s) => s.agent.get('/api/general-practitioners/practices'),
    okStatus: 200,
    cross: 'no-leak',
  },
  'POST /api/general-practitioners': {
    ...base,
    // The other tenant's practice: 404, like a practice that does not exist.
    send: async (s, _ids, owner) => {
      const gp = await aGp(owner);
      return s.agent.post('/api/general-practitioners').set('x-csrf-token', s.csrf).send({
        practiceId: gp.practiceId,
        name: 'Isolations Læge',
        email: null,
        authorisationId: null,
        settledOn: '2020-01-01',
        leftOn: null,
      });
    },
    okStatus: 201,
    cross: 'not-found',
  },
  'GET /api/general-practitioners/:gpId': {
    ...base,
    send: async (s, _ids, owner) => s.agent.get(`/api/general-practitioners/${(await aGp(owner)).id}`),
    okStatus: 200,
    cross: 'not-found',
  },
  'PUT /api/general-practitioners/:gpId': {
    ...base,
    send: async (s, _ids, owner) => {
      const { id, gp } = await aGp(owner);
      return s.agent
        .put(`/api/general-practitioners/${id}`)
        .set('x-csrf-token', s.csrf)
        .send({
          practiceId: gp?.practice.id ?? randomUUID(),
          name: gp?.name ?? 'X',
          email: gp?.email ?? null,
          authorisationId: gp?.authorisationId ?? null,
          settledOn: gp?.settledOn ?? null,
          leftOn: gp?.leftOn ?? null,
          version: gp?.version ?? 1,
        });
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'POST /api/general-practitioners/:gpId/leave': {
    ...base,
    send: async (s, _ids, owner) => {
      // A GP created for this case (the demo GPs stay in practice).
      const { practiceId } = await aGp(owner);
      const made = await owner.agent.post('/api/general-practitioners').set('x-csrf-token', owner.csrf).send({
        practiceId,
        name: 'Ophørende Læge',
        email: null,
        authorisationId: null,
        settledOn: '2001-01-01',
        leftOn: null,
      });
      const id = made.status === 201 ? (made.body.id as string) : randomUUID();
      return s.agent
        .post(`/api/general-practitioners/${id}/leave`)
        .set('x-csrf-token', s.csrf)
        .send({ leftOn: todayInDenmark(), version: 1 });
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'POST /api/imports/general-practitioners/preview': {
    ...base,
    // The other tenant's practice names are unknown here: every row is an error, nothing is shown of them.
    send: (s) =>
      s.agent
        .post('/api/imports/general-practitioners/preview')
        .set('x-csrf-token', s.csrf)
        .send(csv('navn;praksis;nedsat\nIsolations Læge;Lægerne på Amagerbrogade;01-01-2020\n')),
    okStatus: 200,
    cross: 'no-leak',
  },
  'POST /api/imports/general-practitioners/commit': {
    ...base,
    // A valid file (header + one row) for a practice of the caller's own tenant.
    send: async (s) => {
      const practices = await s.agent.get('/api/general-practitioners/practices');
      const name = practices.body.items?.[0]?.name ?? 'Ingen';
      return s.agent
        .post('/api/imports/general-practitioners/commit')
        .set('x-csrf-token', s.csrf)
        .send(csv(`navn;praksis;nedsat\nImporteret Læge;${name};01-01-2020\n`));
    },
    okStatus: 201,
    cross: 'no-leak',
  },

  // --- Groups ----------------------------------------------------------------------------------
  'GET /api/cme-groups': {
    ...base,
    send: async (s, _ids, owner) => {
      await newGroup(owner);
      return s.agent.get('/api/cme-groups?state=all');
    },
    okStatus: 200,
    cross: 'no-leak',
  },
  'POST /api/cme-groups': {
    ...base,
    send: (s) =>
      s.agent
        .post('/api/cme-groups')
        .set('x-csrf-token', s.csrf)
        .send({ kind: 'SUPERVISION', name: 'Ny supervisionsgruppe', topics: ['Balint'], startedOn: '2026-01-01' }),
    okStatus: 201,
    cross: 'no-leak',
  },
  'GET /api/cme-groups/coverage': {
    ...base,
    send: (s) => s.agent.get('/api/cme-groups/coverage'),
    okStatus: 200,
    cross: 'no-leak',
  },
  'GET /api/cme-groups/annual-report': {
    ...base,
    send: (s) => s.agent.get(`/api/cme-groups/annual-report?year=${todayInDenmark().slice(0, 4)}`),
    okStatus: 200,
    cross: 'no-leak',
  },
  'GET /api/cme-groups/leader-courses': {
    ...base,
    send: (s) => s.agent.get('/api/cme-groups/leader-courses'),
    okStatus: 200,
    cross: 'no-leak',
  },
  'POST /api/cme-groups/leader-courses': {
    ...base,
    // The other tenant's GP as attendee: 404, never written; a free year for the control.
    send: async (s, _ids, owner) => {
      const gp = await aGp(owner);
      const year = 2030 + Math.floor(Math.random() * 60);
      return s.agent
        .post('/api/cme-groups/leader-courses')
        .set('x-csrf-token', s.csrf)
        .send({ heldOn: `${year}-03-01`, title: 'Gruppeledertræf', place: null, attendeeIds: [gp.id] });
    },
    okStatus: 201,
    cross: 'not-found',
  },
  'PUT /api/cme-groups/leader-courses/:courseId': {
    ...base,
    send: async (s, _ids, owner) => {
      const c = await leaderCourse(owner);
      return s.agent
        .put(`/api/cme-groups/leader-courses/${c.id}`)
        .set('x-csrf-token', s.csrf)
        .send({
          heldOn: c.body?.heldOn ?? '2026-03-01',
          title: c.body?.title ?? 'Gruppeledertræf',
          place: c.body?.place ?? null,
          attendeeIds: (c.body?.attendees ?? []).map((a: { id: string }) => a.id),
          version: c.body?.version ?? 1,
        });
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'GET /api/cme-groups/:groupId': {
    ...base,
    send: async (s, _ids, owner) => s.agent.get(`/api/cme-groups/${(await newGroup(owner)).id}`),
    okStatus: 200,
    cross: 'not-found',
  },
  'PUT /api/cme-groups/:groupId': {
    ...base,
    send: async (s, _ids, owner) => {
      const g = await newGroup(owner);
      return s.agent
        .put(`/api/cme-groups/${g.id}`)
        .set('x-csrf-token', s.csrf)
        .send({
          kind: 'SUPERVISION',
          name: 'Omdøbt gruppe',
          topics: ['Balint'],
          leaderId: null,
          startedOn: '2020-01-01',
          closedOn: null,
          version: g.version,
        });
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'POST /api/cme-groups/:groupId/members': {
    ...base,
    send: async (s, _ids, owner) => {
      const g = await newGroup(owner);
      const gp = await aGp(s);
      return s.agent
        .post(`/api/cme-groups/${g.id}/members`)
        .set('x-csrf-token', s.csrf)
        .send({ gpId: gp.id, joinedOn: '2021-01-01' });
    },
    okStatus: 201,
    cross: 'not-found',
  },
  'PUT /api/cme-groups/:groupId/members/:memberId': {
    ...base,
    send: async (s, _ids, owner) => {
      const m = await groupWithMember(owner);
      return s.agent
        .put(`/api/cme-groups/${m.groupId}/members/${m.memberId}`)
        .set('x-csrf-token', s.csrf)
        .send({ leftOn: todayInDenmark() });
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'POST /api/cme-groups/:groupId/meetings': {
    ...base,
    send: async (s, _ids, owner) => {
      const g = await newGroup(owner);
      return s.agent
        .post(`/api/cme-groups/${g.id}/meetings`)
        .set('x-csrf-token', s.csrf)
        .send({ heldOn: '2026-02-01', topic: 'Diabetes', attendedCount: 5 });
    },
    okStatus: 201,
    cross: 'not-found',
  },
  'DELETE /api/cme-groups/:groupId/meetings/:meetingId': {
    ...base,
    send: async (s, _ids, owner) => {
      const m = await groupWithMeeting(owner);
      return s.agent.delete(`/api/cme-groups/${m.groupId}/meetings/${m.meetingId}`).set('x-csrf-token', s.csrf);
    },
    okStatus: 200,
    cross: 'not-found',
  },
};
