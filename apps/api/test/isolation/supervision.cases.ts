import { randomUUID } from 'node:crypto';
import { todayInDenmark } from '@portal/contracts';
import { ownerClient, type LoggedIn } from '../helpers.js';
import type { Case, Ids } from './types.js';

const feedbackBody = () => ({
  givenOn: todayInDenmark(),
  setting: 'WARD_ROUND',
  wentWell: 'God struktur på stuegangen.',
  toImprove: 'Opsummér planen for patienten.',
  nextStep: 'Prøv SBAR ved næste overlevering.',
});
const supervisionBody = () => ({
  occurredOn: todayInDenmark(),
  setting: 'OUTPATIENT_CLINIC',
  supervised: 'Ekkokardiografi under supervision.',
  nextSteps: null,
  competenceIds: [],
});

/** A feedback on the course of `ids`, written by `owner` (a random id when the owner may not). */
async function newFeedback(owner: LoggedIn, ids: Ids): Promise<{ id: string; version: number }> {
  const res = await owner.agent
    .post(`/api/courses/${ids.courseId}/feedback`)
    .set('x-csrf-token', owner.csrf)
    .send(feedbackBody());
  return res.status === 201 ? { id: res.body.id, version: res.body.version } : { id: randomUUID(), version: 1 };
}

async function newSupervision(owner: LoggedIn, ids: Ids): Promise<{ id: string; version: number }> {
  const res = await owner.agent
    .post(`/api/courses/${ids.courseId}/supervision`)
    .set('x-csrf-token', owner.csrf)
    .send(supervisionBody());
  return res.status === 201 ? { id: res.body.id, version: res.body.version } : { id: randomUUID(), version: 1 };
}

/**
 * Runs SQL as the owner in the tenant of `ids` (RLS applies): the cases whose owner role (the
 * supervisor) cannot create a trainee's request use it to make one.
 */
async function asOwner<T>(ids: Ids, fn: (c: Awaited<ReturnType<typeof ownerClient>>) => Promise<T>): Promise<T> {
  const c = await ownerClient();
  try {
    await c.query('BEGIN');
    await c.query("SELECT set_config('app.tenant_id', $1, true)", [ids.tenantId]);
    const r = await fn(c);
    await c.query('COMMIT');
    return r;
  } finally {
    await c.end();
  }
}

/** An open request of the course's trainee, asked of all its supervisors. */
function newRequest(ids: Ids): Promise<string> {
  return asOwner(ids, async (c) => {
    const id = randomUUID();
    await c.query(
      `INSERT INTO feedback_request (id, tenant_id, course_id, asked_by_id, supervisor_id, message, updated_at)
       VALUES ($1, $2, $3, $4, NULL, 'Isolationstest', now())`,
      [id, ids.tenantId, ids.courseId, ids.traineeId],
    );
    return id;
  });
}

/** Cancels the course's open requests, so that a new one to all supervisors is not a duplicate. */
function clearRequests(ids: Ids): Promise<void> {
  return asOwner(ids, async (c) => {
    await c.query(
      `UPDATE feedback_request SET state = 'CANCELLED', cancelled_at = now() WHERE course_id = $1 AND state = 'OPEN'`,
      [ids.courseId],
    );
  });
}

const supervisor = { as: 'SUPERVISOR', denied: 'TRAINEE' } as const;
const trainee = { as: 'TRAINEE', denied: 'SUPERVISOR' } as const;

/** Isolation cases of the supervision module (see types.ts). Every route the module registers needs one. */
export const cases: Record<string, Case> = {
  'GET /api/supervision/my-trainees': {
    ...supervisor,
    send: async (s, ids, owner) => {
      await newFeedback(owner, ids);
      return s.agent.get('/api/supervision/my-trainees');
    },
    okStatus: 200,
    cross: 'no-leak',
  },
  'GET /api/courses/:courseId/timeline': {
    // Every signed-in role may ask; the course's relation decides (none → 404), so no 403 case.
    as: 'SUPERVISOR',
    denied: null,
    send: async (s, ids, owner) => {
      await newFeedback(owner, ids);
      return s.agent.get(`/api/courses/${ids.courseId}/timeline`);
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'GET /api/courses/:courseId/feedback-context': {
    ...supervisor,
    send: (s, ids) => s.agent.get(`/api/courses/${ids.courseId}/feedback-context`),
    okStatus: 200,
    cross: 'not-found',
  },
  'POST /api/courses/:courseId/feedback': {
    ...supervisor,
    send: (s, ids) =>
      s.agent.post(`/api/courses/${ids.courseId}/feedback`).set('x-csrf-token', s.csrf).send(feedbackBody()),
    okStatus: 201,
    cross: 'not-found',
  },
  'POST /api/courses/:courseId/supervision': {
    ...supervisor,
    send: (s, ids) =>
      s.agent.post(`/api/courses/${ids.courseId}/supervision`).set('x-csrf-token', s.csrf).send(supervisionBody()),
    okStatus: 201,
    cross: 'not-found',
  },
  'PUT /api/feedback/:feedbackId': {
    ...supervisor,
    send: async (s, ids, owner) => {
      const f = await newFeedback(owner, ids);
      return s.agent
        .put(`/api/feedback/${f.id}`)
        .set('x-csrf-token', s.csrf)
        .send({ ...feedbackBody(), wentWell: 'Rettet', version: f.version });
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'DELETE /api/feedback/:feedbackId': {
    ...supervisor,
    send: async (s, ids, owner) => {
      const f = await newFeedback(owner, ids);
      return s.agent.delete(`/api/feedback/${f.id}?version=${f.version}`).set('x-csrf-token', s.csrf);
    },
    okStatus: 204,
    cross: 'not-found',
  },
  'PUT /api/supervision-records/:recordId': {
    ...supervisor,
    send: async (s, ids, owner) => {
      const r = await newSupervision(owner, ids);
      return s.agent
        .put(`/api/supervision-records/${r.id}`)
        .set('x-csrf-token', s.csrf)
        .send({ ...supervisionBody(), supervised: 'Rettet', version: r.version });
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'DELETE /api/supervision-records/:recordId': {
    ...supervisor,
    send: async (s, ids, owner) => {
      const r = await newSupervision(owner, ids);
      return s.agent.delete(`/api/supervision-records/${r.id}?version=${r.version}`).set('x-csrf-token', s.csrf);
    },
    okStatus: 204,
    cross: 'not-found',
  },
  'GET /api/feedback-requests/:requestId': {
    ...supervisor,
    send: async (s, ids) => s.agent.get(`/api/feedback-requests/${await newRequest(ids)}`),
    okStatus: 200,
    cross: 'not-found',
  },
  'GET /api/my/feedback': {
    ...trainee,
    send: (s) => s.agent.get('/api/my/feedback'),
    okStatus: 200,
    cross: 'no-leak',
  },
  'POST /api/my/feedback-requests': {
    ...trainee,
    send: async (s, ids) => {
      await clearRequests(ids);
      return s.agent
        .post('/api/my/feedback-requests')
        .set('x-csrf-token', s.csrf)
        .send({ courseId: ids.courseId, supervisorId: null, message: 'Må jeg få feedback på min stuegang?' });
    },
    okStatus: 201,
    cross: 'not-found',
  },
  'POST /api/my/feedback-requests/:requestId/cancel': {
    ...trainee,
    send: async (s, ids) =>
      s.agent.post(`/api/my/feedback-requests/${await newRequest(ids)}/cancel`).set('x-csrf-token', s.csrf),
    okStatus: 200,
    cross: 'not-found',
  },
};
