import { randomUUID } from 'node:crypto';
import type { LoggedIn } from '../helpers.js';
import type { Case, Ids } from './types.js';

const post = (s: LoggedIn, url: string, body: object) => s.agent.post(url).set('x-csrf-token', s.csrf).send(body);
const idOr = (res: { status: number; body: { id?: string } }) => (res.status === 201 ? res.body.id! : randomUUID());

/** The newest closed round the owner (Tutorcentret) reads: the demo data has one per tenant. */
async function latestRound(owner: LoggedIn): Promise<string> {
  const res = await owner.agent.get('/api/questionnaire-results');
  return (res.body.items?.[0]?.rounds?.[0]?.id as string | undefined) ?? randomUUID();
}

/**
 * A closed round with results (at least 5 responses) and one of its scale questions. Not simply the
 * newest round: other modules' isolation cases close rounds of their own, with no answers.
 */
async function roundWithResults(owner: LoggedIn): Promise<{ roundId: string; questionId: string }> {
  const list = await owner.agent.get('/api/questionnaire-results');
  for (const item of (list.body.items ?? []) as { rounds: { id: string }[] }[])
    for (const round of item.rounds) {
      const results = await owner.agent.get(`/api/questionnaire-results/rounds/${round.id}`);
      const scale = (results.body.questions ?? []).find(
        (q: { kind: string; overall?: { hidden: unknown } }) => q.kind === 'SCALE' && !q.overall?.hidden,
      ) as { id: string } | undefined;
      if (results.status === 200 && (results.body.responses ?? 0) >= 5 && scale)
        return { roundId: round.id, questionId: scale.id };
    }
  return { roundId: randomUUID(), questionId: randomUUID() };
}

/** A round, its first scale question, and a manual PERCENT indicator on a strategy of the owner's hospital. */
async function feedTarget(owner: LoggedIn, ids: Ids) {
  const { roundId, questionId } = await roundWithResults(owner);
  const strategyId = idOr(
    await post(owner, '/api/strategies', {
      title: 'Isolationstest',
      description: '',
      unitId: ids.hospitalId,
      periodStart: '2025-01-01',
      periodEnd: '2026-12-31',
      greenThreshold: 90,
      amberThreshold: 75,
    }),
  );
  const themeId = idOr(
    await post(owner, `/api/strategies/${strategyId}/themes`, { title: 'T', description: '', sortOrder: 0 }),
  );
  const initiativeId = idOr(
    await post(owner, `/api/strategies/${strategyId}/initiatives`, {
      themeId,
      title: 'Kendskab',
      description: '',
      ownerText: 'Rådet',
      deadline: null,
      appliesPer: 'STRATEGY',
      stateSource: 'STATUS',
      sortOrder: 0,
    }),
  );
  const indicatorId = idOr(
    await post(owner, `/api/strategies/${strategyId}/initiatives/${initiativeId}/indicators`, {
      title: 'Andel 4–5',
      kind: 'MANUAL',
      computedKey: null,
      valueType: 'PERCENT',
      target: 60,
      direction: 'AT_LEAST',
      sortOrder: 0,
    }),
  );
  return { roundId, questionId, strategyId, indicatorId };
}

/** Isolation cases of the questionnaire-results module (issue 7; see types.ts). Every route the module registers needs one. */
export const cases: Record<string, Case> = {
  'GET /api/questionnaire-results': {
    as: 'EDUCATION_CENTRE',
    denied: 'TRAINEE',
    send: (s) => s.agent.get('/api/questionnaire-results'),
    okStatus: 200,
    cross: 'no-leak',
  },
  'GET /api/questionnaire-results/rounds/:roundId': {
    as: 'EDUCATION_CENTRE',
    denied: 'TRAINEE',
    send: async (s, _ids, owner) => s.agent.get(`/api/questionnaire-results/rounds/${await latestRound(owner)}`),
    okStatus: 200,
    cross: 'not-found',
  },
  'GET /api/questionnaire-results/indicator-targets': {
    as: 'EDUCATION_CENTRE',
    denied: 'TRAINEE',
    send: (s) => s.agent.get('/api/questionnaire-results/indicator-targets'),
    okStatus: 200,
    cross: 'no-leak',
  },
  'POST /api/questionnaire-results/rounds/:roundId/indicator-value': {
    as: 'EDUCATION_CENTRE',
    // A UAO reads results but does not edit strategies.
    denied: 'UAO',
    send: async (s, ids, owner) => {
      const { roundId, ...body } = await feedTarget(owner, ids);
      return post(s, `/api/questionnaire-results/rounds/${roundId}/indicator-value`, { ...body, measure: 'MEAN' });
    },
    okStatus: 201,
    cross: 'not-found',
  },
};
