import { randomUUID } from 'node:crypto';
import type { LoggedIn } from '../helpers.js';
import type { Case, Ids } from './types.js';

/** A competence of the course the owner may change: the last one not yet assessed (and its version). */
async function openCompetence(owner: LoggedIn, ids: Ids): Promise<{ id: string; version: number; status: string }> {
  const res = await owner.agent.get(`/api/courses/${ids.courseId}/competences`);
  const items = (res.body.items ?? []) as { competence: { id: string }; status: string; version: number }[];
  const open = items.filter((i) => i.status === 'NOT_STARTED' || i.status === 'IN_PROGRESS').at(-1);
  return open
    ? { id: open.competence.id, version: open.version, status: open.status }
    : { id: randomUUID(), version: 0, status: 'NOT_STARTED' };
}

async function firstListId(owner: LoggedIn): Promise<string> {
  const res = await owner.agent.get('/api/competence-lists');
  return (res.body.items?.[0]?.id as string | undefined) ?? randomUUID();
}

const reader = { as: 'TRAINEE', denied: 'CME_COORDINATOR' } as const;

/** Isolation cases of the competences module (see types.ts). Every route the module registers needs one. */
export const cases: Record<string, Case> = {
  'GET /api/competence-lists': {
    ...reader,
    send: (s) => s.agent.get('/api/competence-lists'),
    okStatus: 200,
    cross: 'no-leak',
  },
  'GET /api/competence-lists/:listId': {
    ...reader,
    send: async (s, _ids, owner) => s.agent.get(`/api/competence-lists/${await firstListId(owner)}`),
    okStatus: 200,
    cross: 'not-found',
  },
  'GET /api/competences/progress': {
    as: 'UAO',
    denied: 'SUPERVISOR',
    send: (s, ids) => s.agent.get(`/api/competences/progress?unitId=${ids.departmentId}`),
    okStatus: 200,
    cross: 'not-found',
  },
  'GET /api/competences/mine': {
    ...reader,
    send: (s) => s.agent.get('/api/competences/mine'),
    okStatus: 200,
    cross: 'no-leak',
  },
  'GET /api/courses/:courseId/competences': {
    ...reader,
    send: (s, ids) => s.agent.get(`/api/courses/${ids.courseId}/competences`),
    okStatus: 200,
    cross: 'not-found',
  },
  'GET /api/courses/:courseId/competence-events': {
    ...reader,
    send: (s, ids) => s.agent.get(`/api/courses/${ids.courseId}/competence-events`),
    okStatus: 200,
    cross: 'not-found',
  },
  'PUT /api/courses/:courseId/competences/:competenceId': {
    as: 'SUPERVISOR',
    denied: 'DEPARTMENT_HEAD',
    send: async (s, ids, owner) => {
      const c = await openCompetence(owner, ids);
      return s.agent
        .put(`/api/courses/${ids.courseId}/competences/${c.id}`)
        .set('x-csrf-token', s.csrf)
        .send({ status: 'IN_PROGRESS', approvedOn: null, version: c.version });
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'GET /api/courses/:courseId/education-plan': {
    ...reader,
    send: (s, ids) => s.agent.get(`/api/courses/${ids.courseId}/education-plan`),
    okStatus: 200,
    cross: 'not-found',
  },
  'PUT /api/courses/:courseId/education-plan': {
    as: 'SUPERVISOR',
    denied: 'TRAINEE',
    send: async (s, ids, owner) => {
      const plan = await owner.agent.get(`/api/courses/${ids.courseId}/education-plan`);
      const baseVersion = (plan.body.current?.version as number | undefined) ?? 0;
      return s.agent
        .put(`/api/courses/${ids.courseId}/education-plan`)
        .set('x-csrf-token', s.csrf)
        .send({
          baseVersion,
          reason: 'OTHER',
          note: null,
          goals: [{ text: 'Isolationstest', competenceIds: [], dueDate: null }],
        });
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'GET /api/courses/:courseId/education-plan/versions': {
    ...reader,
    send: (s, ids) => s.agent.get(`/api/courses/${ids.courseId}/education-plan/versions`),
    okStatus: 200,
    cross: 'not-found',
  },
  'GET /api/courses/:courseId/education-plan/versions/:version': {
    ...reader,
    send: (s, ids) => s.agent.get(`/api/courses/${ids.courseId}/education-plan/versions/1`),
    okStatus: 200,
    cross: 'not-found',
  },
};
