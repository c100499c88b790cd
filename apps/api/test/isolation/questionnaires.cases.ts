import { randomUUID } from 'node:crypto';
import { todayInDenmark } from '@portal/contracts';
import { answerToken } from '../../src/modules/questionnaires/links.js';
import { ownerClient, type LoggedIn } from '../helpers.js';
import type { Case, Ids } from './types.js';

/**
 * Isolation cases of the questionnaires module (issue 7; see types.ts). The caller is the
 * EDUCATION_CENTRE of the tenant's hospital (questionnaires:manage); a SUPERVISOR does not hold
 * it. The answer routes are public (the personal link is the credential), like invitations.
 */

/** The session secret of createTestApp (answer links are derived from it, see links.ts). */
const SECRET = 'test-secret-test-secret-test-secret-0123';
const base = { as: 'EDUCATION_CENTRE', denied: 'SUPERVISOR' } as const;
const today = todayInDenmark();

interface Q {
  id: string;
  version: number;
  questionId: string;
}

async function newQuestionnaire(owner: LoggedIn, ids: Ids): Promise<Q> {
  const res = await owner.agent
    .post('/api/questionnaires')
    .set('x-csrf-token', owner.csrf)
    .send({ title: 'Isolation', ownerUnitId: ids.hospitalId, audience: 'TRAINEES', schedule: 'ONCE' });
  if (res.status !== 201) return { id: randomUUID(), version: 1, questionId: randomUUID() };
  const q = await owner.agent
    .post(`/api/questionnaires/${res.body.id}/questions`)
    .set('x-csrf-token', owner.csrf)
    .send({ version: res.body.version, question: { kind: 'SCALE', text: 'Trives du?' } });
  return { id: res.body.id, version: q.body.version, questionId: q.body.questions?.[0]?.id ?? randomUUID() };
}

async function newRound(owner: LoggedIn, ids: Ids, send = false) {
  const q = await newQuestionnaire(owner, ids);
  const res = await owner.agent
    .post(`/api/questionnaires/${q.id}/rounds`)
    .set('x-csrf-token', owner.csrf)
    .send({ label: 'Isolation', opensOn: today, closesOn: '2099-12-31', reminderEveryDays: null });
  const round =
    res.status === 201
      ? { id: res.body.id as string, version: res.body.version as number }
      : { id: randomUUID(), version: 1 };
  if (send) {
    const s = await owner.agent
      .post(`/api/questionnaires/${q.id}/rounds/${round.id}/send`)
      .set('x-csrf-token', owner.csrf)
      .send({ version: round.version });
    if (s.status === 200) round.version = s.body.round.version;
  }
  return { q, round };
}

/** A valid answer link of a sent round of the owner's tenant. */
async function tokenOf(owner: LoggedIn, ids: Ids) {
  const { q, round } = await newRound(owner, ids, true);
  const c = await ownerClient();
  try {
    await c.query('BEGIN');
    await c.query("SELECT set_config('app.tenant_id', $1, true)", [ids.tenantId]);
    const r = await c.query<{ id: string }>(
      'SELECT id::text FROM questionnaire_recipient WHERE round_id = $1 LIMIT 1',
      [round.id],
    );
    await c.query('COMMIT');
    return { token: answerToken(SECRET, ids.tenantId, r.rows[0]?.id ?? randomUUID()), q };
  } finally {
    await c.end();
  }
}

const q = (id: string) => `/api/questionnaires/${id}`;

export const cases: Record<string, Case> = {
  'GET /api/questionnaires': {
    ...base,
    send: async (s, ids, owner) => {
      await newQuestionnaire(owner, ids);
      return s.agent.get('/api/questionnaires');
    },
    okStatus: 200,
    cross: 'no-leak',
  },
  'GET /api/my/questionnaires': {
    // Every signed-in user: their own open questionnaires only.
    as: 'TRAINEE',
    send: (s) => s.agent.get('/api/my/questionnaires'),
    okStatus: 200,
    cross: 'no-leak',
    denied: null,
  },
  'GET /api/questionnaires/owners': {
    ...base,
    send: (s) => s.agent.get('/api/questionnaires/owners'),
    okStatus: 200,
    cross: 'no-leak',
  },
  'POST /api/questionnaires': {
    ...base,
    send: (s, ids) =>
      s.agent
        .post('/api/questionnaires')
        .set('x-csrf-token', s.csrf)
        .send({ title: 'Isolation', ownerUnitId: ids.hospitalId, audience: 'ALL', schedule: 'HALF_YEARLY' }),
    okStatus: 201,
    cross: 'not-found',
  },
  'GET /api/questionnaires/:questionnaireId': {
    ...base,
    send: async (s, ids, owner) => s.agent.get(q((await newQuestionnaire(owner, ids)).id)),
    okStatus: 200,
    cross: 'not-found',
  },
  'PATCH /api/questionnaires/:questionnaireId': {
    ...base,
    send: async (s, ids, owner) => {
      const x = await newQuestionnaire(owner, ids);
      return s.agent.patch(q(x.id)).set('x-csrf-token', s.csrf).send({
        title: 'Ny',
        intro: null,
        ownerUnitId: ids.hospitalId,
        audience: 'TRAINEES',
        schedule: 'ONCE',
        version: x.version,
      });
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'POST /api/questionnaires/:questionnaireId/questions': {
    ...base,
    send: async (s, ids, owner) => {
      const x = await newQuestionnaire(owner, ids);
      return s.agent
        .post(`${q(x.id)}/questions`)
        .set('x-csrf-token', s.csrf)
        .send({ version: x.version, question: { kind: 'TEXT', text: 'Kommentar?' } });
    },
    okStatus: 201,
    cross: 'not-found',
  },
  'PUT /api/questionnaires/:questionnaireId/questions/:questionId': {
    ...base,
    send: async (s, ids, owner) => {
      const x = await newQuestionnaire(owner, ids);
      return s.agent
        .put(`${q(x.id)}/questions/${x.questionId}`)
        .set('x-csrf-token', s.csrf)
        .send({ version: x.version, question: { kind: 'SCALE', text: 'Trives du på afdelingen?' } });
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'POST /api/questionnaires/:questionnaireId/questions/:questionId/retire': {
    ...base,
    send: async (s, ids, owner) => {
      const x = await newQuestionnaire(owner, ids);
      return s.agent
        .post(`${q(x.id)}/questions/${x.questionId}/retire`)
        .set('x-csrf-token', s.csrf)
        .send({ version: x.version });
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'POST /api/questionnaires/:questionnaireId/questions/order': {
    ...base,
    send: async (s, ids, owner) => {
      const x = await newQuestionnaire(owner, ids);
      return s.agent
        .post(`${q(x.id)}/questions/order`)
        .set('x-csrf-token', s.csrf)
        .send({ version: x.version, questionIds: [x.questionId] });
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'POST /api/questionnaires/:questionnaireId/rounds': {
    ...base,
    send: async (s, ids, owner) => {
      const x = await newQuestionnaire(owner, ids);
      return s.agent
        .post(`${q(x.id)}/rounds`)
        .set('x-csrf-token', s.csrf)
        .send({ label: '2027, 1. halvår', opensOn: '2027-01-01', closesOn: '2027-01-28', reminderEveryDays: 7 });
    },
    okStatus: 201,
    cross: 'not-found',
  },
  'PATCH /api/questionnaires/:questionnaireId/rounds/:roundId': {
    ...base,
    send: async (s, ids, owner) => {
      const { q: x, round } = await newRound(owner, ids);
      return s.agent
        .patch(`${q(x.id)}/rounds/${round.id}`)
        .set('x-csrf-token', s.csrf)
        .send({ version: round.version, label: 'Ny', opensOn: today, closesOn: '2099-12-31', reminderEveryDays: 5 });
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'POST /api/questionnaires/:questionnaireId/rounds/:roundId/send': {
    ...base,
    send: async (s, ids, owner) => {
      const { q: x, round } = await newRound(owner, ids);
      return s.agent
        .post(`${q(x.id)}/rounds/${round.id}/send`)
        .set('x-csrf-token', s.csrf)
        .send({ version: round.version });
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'POST /api/questionnaires/:questionnaireId/rounds/:roundId/remind': {
    ...base,
    send: async (s, ids, owner) => {
      const { q: x, round } = await newRound(owner, ids, true);
      return s.agent.post(`${q(x.id)}/rounds/${round.id}/remind`).set('x-csrf-token', s.csrf);
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'POST /api/questionnaires/:questionnaireId/rounds/:roundId/close': {
    ...base,
    send: async (s, ids, owner) => {
      const { q: x, round } = await newRound(owner, ids, true);
      return s.agent
        .post(`${q(x.id)}/rounds/${round.id}/close`)
        .set('x-csrf-token', s.csrf)
        .send({ version: round.version });
    },
    okStatus: 200,
    cross: 'not-found',
  },
  'GET /api/questionnaires/:questionnaireId/rounds/:roundId/status': {
    ...base,
    send: async (s, ids, owner) => {
      const { q: x, round } = await newRound(owner, ids, true);
      return s.agent.get(`${q(x.id)}/rounds/${round.id}/status`);
    },
    okStatus: 200,
    cross: 'not-found',
  },
  // Public: the personal link is the credential (a bearer secret); covered in questionnaires.test.ts.
  'GET /api/questionnaire-answers/:token': {
    as: 'EDUCATION_CENTRE',
    send: async (s, ids, owner) => s.agent.get(`/api/questionnaire-answers/${(await tokenOf(owner, ids)).token}`),
    okStatus: 200,
    cross: 'platform',
    denied: null,
  },
  'POST /api/questionnaire-answers/:token': {
    as: 'EDUCATION_CENTRE',
    send: async (s, ids, owner) => {
      const { token, q: x } = await tokenOf(owner, ids);
      return s.agent
        .post(`/api/questionnaire-answers/${token}`)
        .set('x-csrf-token', s.csrf)
        .send({ answers: [{ questionId: x.questionId, scaleValue: 4 }] });
    },
    okStatus: 204,
    cross: 'platform',
    denied: null,
  },
};
