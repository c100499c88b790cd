import type { LoggedIn } from '../helpers.js';
import type { Case, Ids } from './types.js';

/** For the 403 case (the caller is its own "owner" and holds no wellbeing:record): any id. */
const NO_ID = '00000000-0000-4000-8000-000000000000';

const defusing = (courseId: string, extra: Record<string, unknown> = {}) => ({
  courseId,
  shiftKind: 'DAY',
  howWent: 4,
  hadChallenges: false,
  ...extra,
});

/** A defusing the owner (the course's trainee) recorded; its id. */
async function ownDefusing(owner: LoggedIn, ids: Ids): Promise<string> {
  const res = await owner.agent.post('/api/defusings').set('x-csrf-token', owner.csrf).send(defusing(ids.courseId));
  if (res.status === 403) return NO_ID;
  if (res.status !== 201) throw new Error(`defusing: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

/** A person the owner (the trainee) may ask for a talk on their course. */
async function talkPerson(owner: LoggedIn, ids: Ids): Promise<string> {
  const res = await owner.agent.get('/api/defusings/options');
  if (res.status === 403) return NO_ID;
  const course = (res.body.courses ?? []).find((c: { courseId: string }) => c.courseId === ids.courseId);
  return course.talkPersons[0].id as string;
}

/**
 * A talk request addressed to the owner (the course's hovedvejleder): recorded by the owner with
 * the trainee, asking for a talk with the owner. Its id.
 */
async function requestToOwner(owner: LoggedIn, ids: Ids): Promise<string> {
  const res = await owner.agent
    .post('/api/defusings')
    .set('x-csrf-token', owner.csrf)
    .send(defusing(ids.courseId, { talkRequest: { requestedOfId: owner.me.user.id, message: 'Lad os tale sammen' } }));
  if (res.status === 403) return NO_ID;
  if (res.status !== 201) throw new Error(`talk request: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.talkRequest.id as string;
}

/** Isolation cases of the wellbeing module (issue 7; see types.ts). Every route the module registers needs one. */
export const cases: Record<string, Case> = {
  'GET /api/defusings/options': {
    as: 'TRAINEE',
    send: (s) => s.agent.get('/api/defusings/options'),
    okStatus: 200,
    cross: 'no-leak',
    denied: 'DEPARTMENT_HEAD',
  },
  'POST /api/defusings': {
    as: 'TRAINEE',
    send: (s, ids) => s.agent.post('/api/defusings').set('x-csrf-token', s.csrf).send(defusing(ids.courseId)),
    okStatus: 201,
    cross: 'not-found',
    denied: 'DEPARTMENT_HEAD',
  },
  'GET /api/defusings/mine': {
    as: 'TRAINEE',
    send: (s) => s.agent.get('/api/defusings/mine'),
    okStatus: 200,
    cross: 'no-leak',
    denied: 'DEPARTMENT_HEAD',
  },
  'GET /api/defusings/:defusingId': {
    as: 'TRAINEE',
    send: async (s, ids, owner) => s.agent.get(`/api/defusings/${await ownDefusing(owner, ids)}`),
    okStatus: 200,
    cross: 'not-found',
    denied: 'DEPARTMENT_HEAD',
  },
  'POST /api/talk-requests': {
    as: 'TRAINEE',
    send: async (s, ids, owner) =>
      s.agent
        .post('/api/talk-requests')
        .set('x-csrf-token', s.csrf)
        .send({ courseId: ids.courseId, requestedOfId: await talkPerson(owner, ids), message: null }),
    okStatus: 201,
    cross: 'not-found',
    denied: 'DEPARTMENT_HEAD',
  },
  'GET /api/talk-requests': {
    as: 'SUPERVISOR',
    send: (s) => s.agent.get('/api/talk-requests?state=all'),
    okStatus: 200,
    cross: 'no-leak',
    denied: 'DEPARTMENT_HEAD',
  },
  'GET /api/talk-requests/mine': {
    as: 'TRAINEE',
    send: (s) => s.agent.get('/api/talk-requests/mine'),
    okStatus: 200,
    cross: 'no-leak',
    denied: 'DEPARTMENT_HEAD',
  },
  'PUT /api/talk-requests/:talkRequestId': {
    as: 'SUPERVISOR',
    send: async (s, ids, owner) =>
      s.agent
        .put(`/api/talk-requests/${await requestToOwner(owner, ids)}`)
        .set('x-csrf-token', s.csrf)
        .send({ outcome: 'DECLINED', note: 'Videregivet til UAO', version: 1 }),
    okStatus: 200,
    cross: 'not-found',
    denied: 'DEPARTMENT_HEAD',
  },
  'GET /api/wellbeing/overview': {
    as: 'UAO',
    send: (s) => s.agent.get('/api/wellbeing/overview'),
    okStatus: 200,
    cross: 'no-leak',
    denied: 'TRAINEE',
  },
  'GET /api/wellbeing/departments/:unitId': {
    as: 'UAO',
    send: (s, ids) => s.agent.get(`/api/wellbeing/departments/${ids.departmentId}`),
    okStatus: 200,
    cross: 'not-found',
    denied: 'TRAINEE',
  },
  'POST /api/wellbeing/departments/:unitId/meetings': {
    as: 'UAO',
    send: (s, ids) =>
      s.agent
        .post(`/api/wellbeing/departments/${ids.departmentId}/meetings`)
        .set('x-csrf-token', s.csrf)
        .send({ heldOn: '2026-01-15', attended: 8, themes: ['Trivsel'], note: null }),
    okStatus: 201,
    cross: 'not-found',
    denied: 'TRAINEE',
  },
};
