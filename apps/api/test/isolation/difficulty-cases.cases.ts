import { randomUUID } from 'node:crypto';
import { todayInDenmark } from '@portal/contracts';
import { demoUser, ownerClient, type LoggedIn } from '../helpers.js';
import type { Case, Ids } from './types.js';

/**
 * Isolation cases of the difficulty-cases and early-warnings modules (issue 7; see types.ts).
 * The case routes need only a session ('profile:read', held by every role): who may read a case is
 * a relation decided per case (everyone else 404), so they have no 403 case. The owner is the
 * tenant's UAO, who opens (or finds) the open case on the demo trainee's course.
 */

/** The open case on the demo course of `ids`, opened by `owner` (the UAO) when there is none. */
async function openCase(owner: LoggedIn, ids: Ids): Promise<string> {
  const res = await owner.agent.post('/api/difficulty-cases').set('x-csrf-token', owner.csrf).send({
    courseId: ids.courseId,
    cause: 'TRAINEE',
    description: 'Isolationstest',
    openedOn: todayInDenmark(),
  });
  if (res.status === 201) return res.body.id as string;
  const c = await ownerClient();
  try {
    await c.query('BEGIN');
    await c.query("SELECT set_config('app.tenant_id', $1, true)", [ids.tenantId]);
    const r = await c.query<{ id: string }>(`SELECT id FROM difficulty_case WHERE course_id = $1 AND state = 'OPEN'`, [
      ids.courseId,
    ]);
    await c.query('COMMIT');
    // None (the owner may not open one, e.g. in the 403 case): an id that exists nowhere.
    return r.rows[0]?.id ?? randomUUID();
  } finally {
    await c.end();
  }
}

const slugOf = (owner: LoggedIn) => owner.me.tenant.slug;

/** An added reader (the tenant's UKS) on the case; returns the entry's id. */
async function addedReader(owner: LoggedIn, caseId: string): Promise<string> {
  const email = demoUser(slugOf(owner), 'UKS');
  await owner.agent
    .post(`/api/difficulty-cases/${caseId}/readers`)
    .set('x-csrf-token', owner.csrf)
    .send({ email, reason: 'Isolationstest' });
  const list = await owner.agent.get(`/api/difficulty-cases/${caseId}/readers`);
  return (list.body.added as { id: string }[])[0]!.id;
}

const reader = { as: 'UAO', denied: null, okStatus: 200, cross: 'not-found' } as const;

export const cases: Record<string, Case> = {
  'GET /api/early-warnings': {
    as: 'UAO',
    denied: 'TRAINEE',
    send: (s) => s.agent.get('/api/early-warnings'),
    okStatus: 200,
    cross: 'no-leak',
  },
  'GET /api/difficulty-cases': {
    as: 'UAO',
    denied: null,
    send: async (s, ids, owner) => {
      await openCase(owner, ids);
      return s.agent.get('/api/difficulty-cases');
    },
    okStatus: 200,
    cross: 'no-leak',
  },
  'POST /api/difficulty-cases': {
    as: 'UAO',
    denied: 'TRAINEE',
    send: async (s, ids, owner) => {
      // Close the open case first (as the owner), so that opening one is possible.
      const id = await openCase(owner, ids);
      const cur = await owner.agent.get(`/api/difficulty-cases/${id}`);
      await owner.agent
        .post(`/api/difficulty-cases/${id}/close`)
        .set('x-csrf-token', owner.csrf)
        .send({ closedOn: todayInDenmark(), closingSummary: 'Isolationstest', version: cur.body.version });
      return s.agent.post('/api/difficulty-cases').set('x-csrf-token', s.csrf).send({
        courseId: ids.courseId,
        cause: 'BOTH',
        description: 'Isolationstest',
        openedOn: todayInDenmark(),
      });
    },
    okStatus: 201,
    cross: 'not-found',
  },
  'GET /api/difficulty-cases/:caseId': {
    ...reader,
    send: async (s, ids, owner) => s.agent.get(`/api/difficulty-cases/${await openCase(owner, ids)}`),
  },
  'GET /api/difficulty-cases/:caseId/plan': {
    ...reader,
    send: async (s, ids, owner) => s.agent.get(`/api/difficulty-cases/${await openCase(owner, ids)}/plan`),
  },
  'POST /api/difficulty-cases/:caseId/plan': {
    ...reader,
    okStatus: 201,
    send: async (s, ids, owner) => {
      const id = await openCase(owner, ids);
      const plan = await owner.agent.get(`/api/difficulty-cases/${id}/plan`);
      const based = (plan.body.current?.version as number | undefined) ?? 0;
      return s.agent
        .post(`/api/difficulty-cases/${id}/plan`)
        .set('x-csrf-token', s.csrf)
        .send({
          meetingDate: todayInDenmark(),
          participants: ['TRAINEE', 'UAO'],
          goals: 'Mål',
          actions: 'Tiltag',
          support: 'Støtte',
          followUpDates: [],
          basedOnVersion: based,
        });
    },
  },
  'GET /api/difficulty-cases/:caseId/notes': {
    ...reader,
    send: async (s, ids, owner) => s.agent.get(`/api/difficulty-cases/${await openCase(owner, ids)}/notes`),
  },
  'POST /api/difficulty-cases/:caseId/notes': {
    ...reader,
    okStatus: 201,
    send: async (s, ids, owner) =>
      s.agent
        .post(`/api/difficulty-cases/${await openCase(owner, ids)}/notes`)
        .set('x-csrf-token', s.csrf)
        .send({ writtenOn: todayInDenmark(), text: 'Isolationstest' }),
  },
  'GET /api/difficulty-cases/:caseId/readers': {
    ...reader,
    send: async (s, ids, owner) => s.agent.get(`/api/difficulty-cases/${await openCase(owner, ids)}/readers`),
  },
  'POST /api/difficulty-cases/:caseId/readers': {
    ...reader,
    okStatus: 201,
    send: async (s, ids, owner) => {
      const id = await openCase(owner, ids);
      // Remove the UKS if added before, so that the addition is new.
      const list = await owner.agent.get(`/api/difficulty-cases/${id}/readers`);
      for (const r of (list.body.added ?? []) as { id: string }[])
        await owner.agent.delete(`/api/difficulty-cases/${id}/readers/${r.id}`).set('x-csrf-token', owner.csrf);
      return s.agent
        .post(`/api/difficulty-cases/${id}/readers`)
        .set('x-csrf-token', s.csrf)
        .send({ email: demoUser(slugOf(owner), 'UKS'), reason: 'Isolationstest' });
    },
  },
  'DELETE /api/difficulty-cases/:caseId/readers/:readerId': {
    ...reader,
    okStatus: 204,
    send: async (s, ids, owner) => {
      const id = await openCase(owner, ids);
      const readerId = await addedReader(owner, id);
      return s.agent.delete(`/api/difficulty-cases/${id}/readers/${readerId}`).set('x-csrf-token', s.csrf);
    },
  },
  'POST /api/difficulty-cases/:caseId/close': {
    ...reader,
    send: async (s, ids, owner) => {
      const id = await openCase(owner, ids);
      const cur = await owner.agent.get(`/api/difficulty-cases/${id}`);
      return s.agent
        .post(`/api/difficulty-cases/${id}/close`)
        .set('x-csrf-token', s.csrf)
        .send({ closedOn: todayInDenmark(), closingSummary: 'Isolationstest', version: cur.body.version });
    },
  },
  'GET /api/difficulty-cases/:caseId/access-log': {
    ...reader,
    send: async (s, ids, owner) => s.agent.get(`/api/difficulty-cases/${await openCase(owner, ids)}/access-log`),
  },
};
