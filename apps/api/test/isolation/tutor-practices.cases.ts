import { randomUUID } from 'node:crypto';
import { todayInDenmark, type EvaluationOverview, type TutorOverview } from '@portal/contracts';
import { ownerClient, type LoggedIn } from '../helpers.js';
import type { Case, Ids } from './types.js';

/**
 * Isolation cases of the tutor-practices module (issue 6; see types.ts). The owner is the AMU
 * (GP_COORDINATOR) of a GP area of the targeted tenant; records are made in that area first.
 */

/** The GP area of the owner's GP_COORDINATOR assignment (a random id for a user without one). */
async function areaOf(ids: Ids, owner: LoggedIn): Promise<string> {
  const c = await ownerClient();
  try {
    await c.query('BEGIN');
    await c.query("SELECT set_config('app.tenant_id', $1, true)", [ids.tenantId]);
    const r = await c.query<{ id: string }>(
      `SELECT scope_unit_id AS id FROM role_assignment WHERE user_id = $1 AND role = 'GP_COORDINATOR' LIMIT 1`,
      [owner.me.user.id],
    );
    await c.query('COMMIT');
    return r.rows[0]?.id ?? randomUUID();
  } finally {
    await c.end();
  }
}

async function overview(owner: LoggedIn, area: string): Promise<TutorOverview | null> {
  const res = await owner.agent.get(`/api/gp-areas/${area}/tutors`);
  return res.status === 200 ? (res.body as TutorOverview) : null;
}

const today = () => todayInDenmark();
const requirements = { courseCompleted: false, courseCompletedOn: null, yearsAsGp: 5, yearsInPractice: 5, notes: null };

/** A new candidate tutor doctor in the owner's area (a random id when the owner may not). */
async function newDoctor(owner: LoggedIn, area: string): Promise<{ id: string; version: number }> {
  const o = await overview(owner, area);
  if (!o || o.practices.length === 0) return { id: randomUUID(), version: 1 };
  const res = await owner.agent
    .post(`/api/gp-areas/${area}/tutor-doctors`)
    .set('x-csrf-token', owner.csrf)
    .send({
      ...requirements,
      gpId: null,
      newGp: {
        practiceId: o.practices[0]!.id,
        name: 'Isolationstest',
        email: null,
        authorisationId: null,
        settledOn: null,
      },
    });
  return res.status === 201 ? { id: res.body.id, version: res.body.version } : { id: randomUUID(), version: 1 };
}

async function newProgramme(owner: LoggedIn, area: string): Promise<{ id: string; version: number }> {
  const o = await overview(owner, area);
  if (!o || o.practices.length === 0) return { id: randomUUID(), version: 1 };
  const res = await owner.agent
    .post(`/api/gp-areas/${area}/practices/${o.practices[0]!.id}/programme-versions`)
    .set('x-csrf-token', owner.csrf)
    .send({ summary: 'Isolationstest', body: null, fileName: null, submittedOn: today() });
  return res.status === 201 ? { id: res.body.id, version: res.body.version } : { id: randomUUID(), version: 1 };
}

/** A one-row evaluation file for the first practice of the owner's area. */
async function evaluationFile(owner: LoggedIn, area: string) {
  const o = await overview(owner, area);
  const name = o?.practices[0]?.name ?? 'Ukendt';
  const csv = `Uddannelsessted;Periode;Spørgsmål;Score;N\n${name};2031-1;Isolation;3,0;2\n`;
  return {
    file: { fileName: 'isolation.csv', contentBase64: Buffer.from(csv).toString('base64') },
    practiceId: o?.practices[0]?.id,
  };
}

const amu = { as: 'GP_COORDINATOR', denied: 'TRAINEE', cross: 'not-found' } as const;

export const cases: Record<string, Case> = {
  'GET /api/gp-areas/:areaId/tutors': {
    ...amu,
    okStatus: 200,
    send: async (s, ids, owner) => s.agent.get(`/api/gp-areas/${await areaOf(ids, owner)}/tutors`),
  },
  'PUT /api/gp-areas/:areaId/tutor-settings': {
    ...amu,
    okStatus: 200,
    send: async (s, ids, owner) => {
      const area = await areaOf(ids, owner);
      const version = (await overview(owner, area))?.settings.version ?? 0;
      return s.agent
        .put(`/api/gp-areas/${area}/tutor-settings`)
        .set('x-csrf-token', s.csrf)
        .send({ evaluationThreshold: 3.5, reapprovalYears: 3, version });
    },
  },
  'POST /api/gp-areas/:areaId/practices/:practiceId/recruitment': {
    ...amu,
    okStatus: 201,
    send: async (s, ids, owner) => {
      const area = await areaOf(ids, owner);
      const p = (await overview(owner, area))?.practices[0];
      return s.agent
        .post(`/api/gp-areas/${area}/practices/${p?.id ?? randomUUID()}/recruitment`)
        .set('x-csrf-token', s.csrf)
        .send({
          stage: 'CONTACTED',
          changedOn: today(),
          note: null,
          nextStep: null,
          nextStepOn: null,
          version: p?.recruitment?.version ?? null,
        });
    },
  },
  'POST /api/gp-areas/:areaId/tutor-doctors': {
    ...amu,
    okStatus: 201,
    send: async (s, ids, owner) => {
      const area = await areaOf(ids, owner);
      const p = (await overview(owner, area))?.practices[0];
      return s.agent
        .post(`/api/gp-areas/${area}/tutor-doctors`)
        .set('x-csrf-token', s.csrf)
        .send({
          ...requirements,
          gpId: null,
          newGp: {
            practiceId: p?.id ?? randomUUID(),
            name: 'Isolation',
            email: null,
            authorisationId: null,
            settledOn: null,
          },
        });
    },
  },
  'PUT /api/gp-areas/:areaId/tutor-doctors/:tutorDoctorId': {
    ...amu,
    okStatus: 200,
    send: async (s, ids, owner) => {
      const area = await areaOf(ids, owner);
      const d = await newDoctor(owner, area);
      return s.agent
        .put(`/api/gp-areas/${area}/tutor-doctors/${d.id}`)
        .set('x-csrf-token', s.csrf)
        .send({ ...requirements, version: d.version });
    },
  },
  'POST /api/gp-areas/:areaId/tutor-doctors/:tutorDoctorId/decision': {
    ...amu,
    okStatus: 200,
    send: async (s, ids, owner) => {
      const area = await areaOf(ids, owner);
      const d = await newDoctor(owner, area);
      return s.agent
        .post(`/api/gp-areas/${area}/tutor-doctors/${d.id}/decision`)
        .set('x-csrf-token', s.csrf)
        .send({ decision: 'REJECTED', decidedOn: today(), version: d.version });
    },
  },
  'POST /api/gp-areas/:areaId/practices/:practiceId/programme-versions': {
    ...amu,
    okStatus: 201,
    send: async (s, ids, owner) => {
      const area = await areaOf(ids, owner);
      const p = (await overview(owner, area))?.practices[0];
      return s.agent
        .post(`/api/gp-areas/${area}/practices/${p?.id ?? randomUUID()}/programme-versions`)
        .set('x-csrf-token', s.csrf)
        .send({ summary: 'Isolation', body: null, fileName: null, submittedOn: today() });
    },
  },
  'POST /api/gp-areas/:areaId/programme-versions/:versionId/approval': {
    ...amu,
    okStatus: 200,
    send: async (s, ids, owner) => {
      const area = await areaOf(ids, owner);
      const v = await newProgramme(owner, area);
      return s.agent
        .post(`/api/gp-areas/${area}/programme-versions/${v.id}/approval`)
        .set('x-csrf-token', s.csrf)
        .send({ approvedOn: today(), version: v.version });
    },
  },
  'GET /api/gp-areas/:areaId/evaluations': {
    ...amu,
    okStatus: 200,
    send: async (s, ids, owner) => s.agent.get(`/api/gp-areas/${await areaOf(ids, owner)}/evaluations`),
  },
  'POST /api/gp-areas/:areaId/evaluations/preview': {
    ...amu,
    okStatus: 200,
    send: async (s, ids, owner) => {
      const area = await areaOf(ids, owner);
      const { file } = await evaluationFile(owner, area);
      return s.agent.post(`/api/gp-areas/${area}/evaluations/preview`).set('x-csrf-token', s.csrf).send(file);
    },
  },
  'POST /api/gp-areas/:areaId/evaluations/commit': {
    ...amu,
    okStatus: 201,
    send: async (s, ids, owner) => {
      const area = await areaOf(ids, owner);
      const { file } = await evaluationFile(owner, area);
      return s.agent.post(`/api/gp-areas/${area}/evaluations/commit`).set('x-csrf-token', s.csrf).send(file);
    },
  },
  'PUT /api/gp-areas/:areaId/evaluation-follow-ups': {
    ...amu,
    okStatus: 200,
    send: async (s, ids, owner) => {
      const area = await areaOf(ids, owner);
      const { file, practiceId } = await evaluationFile(owner, area);
      await owner.agent.post(`/api/gp-areas/${area}/evaluations/commit`).set('x-csrf-token', owner.csrf).send(file);
      const ev = await owner.agent.get(`/api/gp-areas/${area}/evaluations`);
      const r = (ev.body as EvaluationOverview).results?.find(
        (x) => x.placementId === practiceId && x.period === '2031-1',
      );
      return s.agent
        .put(`/api/gp-areas/${area}/evaluation-follow-ups`)
        .set('x-csrf-token', s.csrf)
        .send({
          placementId: practiceId ?? randomUUID(),
          period: '2031-1',
          note: 'Isolationstest',
          notedOn: today(),
          state: 'OPEN',
          version: r?.followUp?.version ?? null,
        });
    },
  },
};
