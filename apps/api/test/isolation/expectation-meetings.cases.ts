import type { LoggedIn } from '../helpers.js';
import type { Case, Ids } from './types.js';

/** The meeting's current version as its owner sees it (0 when none exists yet, or when the owner cannot see it). */
async function version(owner: LoggedIn, ids: Ids): Promise<number> {
  const res = await owner.agent.get(`/api/courses/${ids.courseId}/expectation-meeting`);
  return res.status === 200 ? (res.body.version as number) : 0;
}

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

/** Isolation cases of the expectation-meetings module (see types.ts). Every route the module registers needs one. */
export const cases: Record<string, Case> = {
  'GET /api/expectation-meetings': {
    as: 'UAO',
    send: (s) => s.agent.get('/api/expectation-meetings?state=all'),
    okStatus: 200,
    cross: 'no-leak',
    // Every signed-in user may ask; each sees only the courses course-access.ts allows.
    denied: null,
  },
  'GET /api/courses/:courseId/expectation-meeting': {
    as: 'SUPERVISOR',
    send: (s, ids) => s.agent.get(`/api/courses/${ids.courseId}/expectation-meeting`),
    okStatus: 200,
    cross: 'not-found',
    denied: null,
  },
  'PUT /api/courses/:courseId/expectation-meeting/schedule': {
    as: 'SUPERVISOR',
    send: async (s, ids, owner) =>
      s.agent
        .put(`/api/courses/${ids.courseId}/expectation-meeting/schedule`)
        .set('x-csrf-token', s.csrf)
        .send({ scheduledAt: '2026-12-01T10:00:00+01:00', place: 'Mødelokale 1', version: await version(owner, ids) }),
    okStatus: 200,
    cross: 'not-found',
    denied: 'TRAINEE',
  },
  'PUT /api/courses/:courseId/expectation-meeting/record': {
    as: 'SUPERVISOR',
    send: async (s, ids, owner) =>
      s.agent
        .put(`/api/courses/${ids.courseId}/expectation-meeting/record`)
        .set('x-csrf-token', s.csrf)
        .send({
          heldOn: yesterday(),
          record: {
            traineeExpectations: 'Feedback hver uge',
            supervisorExpectations: null,
            goals: null,
            tasks: null,
            deadlines: null,
            responsibilities: null,
            collaboration: null,
            misunderstandings: null,
          },
          version: await version(owner, ids),
        }),
    okStatus: 200,
    cross: 'not-found',
    denied: 'TRAINEE',
  },
  'POST /api/courses/:courseId/expectation-meeting/confirm': {
    as: 'SUPERVISOR',
    send: async (s, ids, owner) => {
      // Confirming needs a held meeting: the owner (the hovedvejleder) records one first.
      const v = await version(owner, ids);
      const rec = await owner.agent
        .put(`/api/courses/${ids.courseId}/expectation-meeting/record`)
        .set('x-csrf-token', owner.csrf)
        .send({
          heldOn: yesterday(),
          record: {
            traineeExpectations: `Aftale ${Math.random()}`,
            supervisorExpectations: null,
            goals: null,
            tasks: null,
            deadlines: null,
            responsibilities: null,
            collaboration: null,
            misunderstandings: null,
          },
          version: v,
        });
      const current = rec.status === 200 ? (rec.body.version as number) : v;
      return s.agent
        .post(`/api/courses/${ids.courseId}/expectation-meeting/confirm`)
        .set('x-csrf-token', s.csrf)
        .send({ version: current });
    },
    okStatus: 200,
    cross: 'not-found',
    denied: null,
  },
  'GET /api/my/notifications': {
    as: 'TRAINEE',
    send: (s) => s.agent.get('/api/my/notifications'),
    okStatus: 200,
    cross: 'no-leak',
    denied: null,
  },
};
