import { Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../../lib/db.js';

/**
 * Data access of tutor practices, tutor doctors, education programmes and evaluation scores.
 * Every query has tenantId in its where; the service has checked the area is in scope and passes
 * the area's practice ids.
 */

export const dateOf = (s: string) => new Date(`${s}T00:00:00Z`);
export const dateOrNull = (s: string | null) => (s ? dateOf(s) : null);

const userName = { select: { name: true } } as const;

export function findSettings(tx: Tx, tenantId: string, areaId: string) {
  return tx.tutorAreaSetting.findFirst({
    where: { tenantId, areaId },
    select: { id: true, evaluationThreshold: true, reapprovalYears: true, version: true },
  });
}

export function createSettings(
  tx: Tx,
  tenantId: string,
  areaId: string,
  f: { evaluationThreshold: number; reapprovalYears: number },
) {
  return tx.tutorAreaSetting.create({ data: { tenantId, areaId, ...f } });
}

export async function updateSettings(
  tx: Tx,
  tenantId: string,
  areaId: string,
  version: number,
  f: { evaluationThreshold: number; reapprovalYears: number },
) {
  const r = await tx.tutorAreaSetting.updateMany({
    where: { tenantId, areaId, version },
    data: { ...f, version: { increment: 1 } },
  });
  return r.count;
}

export const recruitmentSelect = {
  id: true,
  practiceId: true,
  stage: true,
  stageChangedOn: true,
  nextStep: true,
  nextStepOn: true,
  version: true,
  events: {
    select: { id: true, stage: true, changedOn: true, note: true, changedBy: userName },
    orderBy: [{ changedOn: 'desc' }, { createdAt: 'desc' }],
  },
} satisfies Prisma.TutorRecruitmentSelect;

export function listRecruitments(tx: Tx, tenantId: string, practiceIds: string[]) {
  return tx.tutorRecruitment.findMany({
    where: { tenantId, practiceId: { in: practiceIds } },
    select: recruitmentSelect,
  });
}

export function findRecruitment(tx: Tx, tenantId: string, practiceId: string) {
  return tx.tutorRecruitment.findFirst({ where: { tenantId, practiceId }, select: recruitmentSelect });
}

export function createRecruitment(
  tx: Tx,
  tenantId: string,
  d: { practiceId: string; stage: string; stageChangedOn: Date; nextStep: string | null; nextStepOn: Date | null },
) {
  return tx.tutorRecruitment.create({ data: { tenantId, ...d }, select: { id: true } });
}

export async function updateRecruitment(
  tx: Tx,
  tenantId: string,
  id: string,
  version: number,
  d: { stage: string; stageChangedOn: Date; nextStep: string | null; nextStepOn: Date | null },
) {
  const r = await tx.tutorRecruitment.updateMany({
    where: { tenantId, id, version },
    data: { ...d, version: { increment: 1 } },
  });
  return r.count;
}

export function addRecruitmentEvent(
  tx: Tx,
  tenantId: string,
  d: { recruitmentId: string; stage: string; changedOn: Date; note: string | null; changedById: string },
) {
  return tx.tutorRecruitmentEvent.create({ data: { tenantId, ...d }, select: { id: true } });
}

export const tutorDoctorSelect = {
  id: true,
  courseCompleted: true,
  courseCompletedOn: true,
  yearsAsGp: true,
  yearsInPractice: true,
  notes: true,
  decision: true,
  decidedOn: true,
  decidedBy: userName,
  reapprovalDueOn: true,
  version: true,
  gp: { select: { id: true, name: true, authorisationId: true, leftOn: true, practiceId: true } },
} as const;

export function listTutorDoctors(tx: Tx, tenantId: string, practiceIds: string[]) {
  return tx.tutorDoctor.findMany({
    where: { tenantId, gp: { practiceId: { in: practiceIds } } },
    select: tutorDoctorSelect,
    orderBy: [{ gp: { name: 'asc' } }, { id: 'asc' }],
  });
}

/** A tutor doctor whose GP works in one of `practiceIds`, or null. */
export function findTutorDoctor(tx: Tx, tenantId: string, id: string, practiceIds: string[]) {
  return tx.tutorDoctor.findFirst({
    where: { tenantId, id, gp: { practiceId: { in: practiceIds } } },
    select: tutorDoctorSelect,
  });
}

export function findTutorDoctorByGp(tx: Tx, tenantId: string, gpId: string) {
  return tx.tutorDoctor.findFirst({ where: { tenantId, gpId }, select: { id: true } });
}

export function findGpByAuthorisation(tx: Tx, tenantId: string, authorisationId: string) {
  return tx.generalPractitioner.findFirst({ where: { tenantId, authorisationId }, select: { id: true } });
}

export function findGpInPractices(tx: Tx, tenantId: string, id: string, practiceIds: string[]) {
  return tx.generalPractitioner.findFirst({
    where: { tenantId, id, practiceId: { in: practiceIds } },
    select: { id: true },
  });
}

type Requirements = {
  courseCompleted: boolean;
  courseCompletedOn: Date | null;
  yearsAsGp: number | null;
  yearsInPractice: number | null;
  notes: string | null;
};

export function createTutorDoctor(tx: Tx, tenantId: string, gpId: string, r: Requirements) {
  return tx.tutorDoctor.create({ data: { tenantId, gpId, ...r }, select: { id: true } });
}

export async function updateTutorDoctor(
  tx: Tx,
  tenantId: string,
  id: string,
  version: number,
  d: Partial<Requirements> & {
    decision?: string;
    decidedOn?: Date | null;
    decidedById?: string | null;
    reapprovalDueOn?: Date | null;
  },
) {
  const r = await tx.tutorDoctor.updateMany({
    where: { tenantId, id, version },
    data: { ...d, version: { increment: 1 } },
  });
  return r.count;
}

export const programmeSelect = {
  id: true,
  practiceId: true,
  number: true,
  summary: true,
  body: true,
  fileName: true,
  submittedOn: true,
  approvedOn: true,
  approvedBy: userName,
  reapprovalDueOn: true,
  version: true,
} as const;

export function listProgrammeVersions(tx: Tx, tenantId: string, practiceIds: string[]) {
  return tx.educationProgrammeVersion.findMany({
    where: { tenantId, practiceId: { in: practiceIds } },
    select: programmeSelect,
    orderBy: [{ number: 'desc' }],
  });
}

export function findProgrammeVersion(tx: Tx, tenantId: string, id: string, practiceIds: string[]) {
  return tx.educationProgrammeVersion.findFirst({
    where: { tenantId, id, practiceId: { in: practiceIds } },
    select: programmeSelect,
  });
}

/** Serialises version numbering per practice (the unique index would otherwise abort the transaction). */
export async function lockKey(tx: Tx, key: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
}

export async function nextProgrammeNumber(tx: Tx, tenantId: string, practiceId: string) {
  const r = await tx.educationProgrammeVersion.aggregate({ where: { tenantId, practiceId }, _max: { number: true } });
  return (r._max.number ?? 0) + 1;
}

export function createProgrammeVersion(
  tx: Tx,
  tenantId: string,
  d: {
    practiceId: string;
    number: number;
    summary: string;
    body: string | null;
    fileName: string | null;
    submittedOn: Date;
  },
) {
  return tx.educationProgrammeVersion.create({ data: { tenantId, ...d }, select: programmeSelect });
}

export async function approveProgrammeVersion(
  tx: Tx,
  tenantId: string,
  id: string,
  version: number,
  d: { approvedOn: Date; approvedById: string; reapprovalDueOn: Date },
) {
  const r = await tx.educationProgrammeVersion.updateMany({
    where: { tenantId, id, version, approvedOn: null },
    data: { ...d, version: { increment: 1 } },
  });
  return r.count;
}

export interface DueRow {
  kind: 'TUTOR_DOCTOR' | 'PROGRAMME';
  id: string;
  practice_name: string;
  label: string;
  due_on: string;
  overdue: boolean;
}

/**
 * Re-approvals due by `until` (overdue ones included): approved tutor doctors in practice today,
 * and each practice's current (newest approved) programme version.
 */
export function listDue(tx: Tx, tenantId: string, practiceIds: string[], today: string, until: string) {
  const T = Prisma.sql`${tenantId}::uuid`;
  return tx.$queryRaw<DueRow[]>`
    SELECT * FROM (
      SELECT 'TUTOR_DOCTOR' AS kind, td.id::text AS id, p.name AS practice_name, g.name AS label,
             to_char(td.reapproval_due_on, 'YYYY-MM-DD') AS due_on, td.reapproval_due_on < ${today}::date AS overdue
        FROM tutor_doctor td
        JOIN general_practitioner g ON g.tenant_id = td.tenant_id AND g.id = td.gp_id
        JOIN org_unit p ON p.tenant_id = g.tenant_id AND p.id = g.practice_id
       WHERE td.tenant_id = ${T} AND td.decision = 'APPROVED' AND g.practice_id = ANY(${practiceIds}::uuid[])
         AND (g.left_on IS NULL OR g.left_on > ${today}::date) AND td.reapproval_due_on <= ${until}::date
      UNION ALL
      SELECT 'PROGRAMME', v.id::text, p.name, v.number::text,
             to_char(v.reapproval_due_on, 'YYYY-MM-DD'), v.reapproval_due_on < ${today}::date
        FROM (SELECT DISTINCT ON (practice_id) * FROM education_programme_version
               WHERE tenant_id = ${T} AND practice_id = ANY(${practiceIds}::uuid[]) AND approved_on IS NOT NULL
               ORDER BY practice_id, number DESC) v
        JOIN org_unit p ON p.tenant_id = v.tenant_id AND p.id = v.practice_id
       WHERE v.reapproval_due_on <= ${until}::date
    ) d ORDER BY due_on, practice_name, label`;
}

// ----- Evaluations -----

export interface PlacementRow {
  id: string;
  name: string;
  kind: 'PRACTICE' | 'DEPARTMENT';
  hospital: string | null;
  hospital_short: string | null;
}

/** The placements an area's file may name: its open practices and the tenant's open departments. */
export function listPlacements(tx: Tx, tenantId: string, areaId: string) {
  const T = Prisma.sql`${tenantId}::uuid`;
  return tx.$queryRaw<PlacementRow[]>`
    SELECT u.id::text, u.name, u.kind, h.name AS hospital, h.short_name AS hospital_short
      FROM org_unit u
      LEFT JOIN org_unit h ON h.tenant_id = u.tenant_id AND h.id = u.parent_id AND h.kind = 'HOSPITAL'
     WHERE u.tenant_id = ${T} AND u.closed_at IS NULL
       AND ((u.kind = 'PRACTICE' AND u.parent_id = ${areaId}::uuid) OR u.kind = 'DEPARTMENT')`;
}

export interface ScoreKey {
  placementId: string;
  period: string;
  question: string;
}

/** The keys of `keys` that have a stored score in the area. */
export function existingScoreKeys(tx: Tx, tenantId: string, areaId: string, keys: ScoreKey[]) {
  return tx.$queryRaw<{ placement_id: string; period: string; question: string }[]>`
    SELECT s.placement_id::text, s.period, s.question FROM evaluation_score s
      JOIN unnest(${keys.map((k) => k.placementId)}::uuid[], ${keys.map((k) => k.period)}::text[],
                  ${keys.map((k) => k.question)}::text[]) AS k(placement_id, period, question)
        ON k.placement_id = s.placement_id AND k.period = s.period AND k.question = s.question
     WHERE s.tenant_id = ${tenantId}::uuid AND s.area_id = ${areaId}::uuid`;
}

export async function deleteScores(tx: Tx, tenantId: string, areaId: string, keys: ScoreKey[]) {
  return tx.$executeRaw`
    DELETE FROM evaluation_score s
     USING unnest(${keys.map((k) => k.placementId)}::uuid[], ${keys.map((k) => k.period)}::text[],
                  ${keys.map((k) => k.question)}::text[]) AS k(placement_id, period, question)
     WHERE s.tenant_id = ${tenantId}::uuid AND s.area_id = ${areaId}::uuid
       AND k.placement_id = s.placement_id AND k.period = s.period AND k.question = s.question`;
}

export function createImport(
  tx: Tx,
  tenantId: string,
  d: { areaId: string; fileName: string; importedById: string; rowCount: number; replacedCount: number },
) {
  return tx.evaluationImport.create({ data: { tenantId, ...d }, select: { id: true } });
}

export function insertScores(
  tx: Tx,
  tenantId: string,
  areaId: string,
  importId: string,
  rows: (ScoreKey & { score: number; respondents: number })[],
) {
  return tx.evaluationScore.createMany({
    data: rows.map((r) => ({ tenantId, areaId, importId, ...r, score: new Prisma.Decimal(r.score) })),
  });
}

export function listImports(tx: Tx, tenantId: string, areaId: string) {
  return tx.evaluationImport.findMany({
    where: { tenantId, areaId },
    select: {
      id: true,
      fileName: true,
      importedAt: true,
      rowCount: true,
      replacedCount: true,
      importedBy: userName,
    },
    orderBy: [{ importedAt: 'desc' }],
    take: 50,
  });
}

export interface ResultRow {
  placement_id: string;
  placement_name: string;
  kind: 'PRACTICE' | 'DEPARTMENT';
  period: string;
  mean: string;
  questions: number;
  respondents: number;
  previous_period: string | null;
  previous_mean: string | null;
  below: boolean;
  dropped: boolean;
  follow_up_id: string | null;
  note: string | null;
  noted_on: string | null;
  state: 'OPEN' | 'DONE' | null;
  follow_up_version: number | null;
}

/**
 * Per placement and period of the area: the mean of the question scores, the previous period's
 * mean, and the two flag rules (mean below `threshold`; a drop of at least `drop` from the
 * previous period), with the follow-up note. Compared in exact numeric, rounded for display.
 */
export function listResults(tx: Tx, tenantId: string, areaId: string, threshold: number, drop: number) {
  const T = Prisma.sql`${tenantId}::uuid`;
  return tx.$queryRaw<ResultRow[]>`
    WITH m AS (
      SELECT placement_id, period, avg(score) AS mean, count(*)::int AS questions, sum(respondents)::int AS respondents
        FROM evaluation_score WHERE tenant_id = ${T} AND area_id = ${areaId}::uuid
       GROUP BY placement_id, period
    ), l AS (
      SELECT m.*, lag(period) OVER w AS previous_period, lag(mean) OVER w AS previous_mean
        FROM m WINDOW w AS (PARTITION BY placement_id ORDER BY period)
    )
    SELECT l.placement_id::text,
           (CASE WHEN h.id IS NULL THEN u.name ELSE COALESCE(h.short_name, h.name) || ' / ' || u.name END) AS placement_name,
           u.kind, l.period, round(l.mean, 2)::text AS mean, l.questions, l.respondents, l.previous_period,
           round(l.previous_mean, 2)::text AS previous_mean,
           l.mean < ${threshold}::numeric AS below,
           COALESCE(l.previous_mean - l.mean >= ${drop}::numeric, false) AS dropped,
           f.id::text AS follow_up_id, f.note, to_char(f.noted_on, 'YYYY-MM-DD') AS noted_on, f.state,
           f.version AS follow_up_version
      FROM l
      JOIN org_unit u ON u.tenant_id = ${T} AND u.id = l.placement_id
      LEFT JOIN org_unit h ON h.tenant_id = u.tenant_id AND h.id = u.parent_id AND h.kind = 'HOSPITAL'
      LEFT JOIN evaluation_follow_up f ON f.tenant_id = ${T} AND f.area_id = ${areaId}::uuid
           AND f.placement_id = l.placement_id AND f.period = l.period
     ORDER BY placement_name, l.placement_id, l.period`;
}

export function hasScores(tx: Tx, tenantId: string, areaId: string, placementId: string, period: string) {
  return tx.evaluationScore.findFirst({ where: { tenantId, areaId, placementId, period }, select: { id: true } });
}

export function findFollowUp(tx: Tx, tenantId: string, areaId: string, placementId: string, period: string) {
  return tx.evaluationFollowUp.findFirst({
    where: { tenantId, areaId, placementId, period },
    select: { id: true, note: true, notedOn: true, state: true, version: true },
  });
}

export function createFollowUp(
  tx: Tx,
  tenantId: string,
  d: { areaId: string; placementId: string; period: string; note: string; notedOn: Date; state: string },
) {
  return tx.evaluationFollowUp.create({ data: { tenantId, ...d }, select: { id: true } });
}

export async function updateFollowUp(
  tx: Tx,
  tenantId: string,
  id: string,
  version: number,
  d: { note: string; notedOn: Date; state: string },
) {
  const r = await tx.evaluationFollowUp.updateMany({
    where: { tenantId, id, version },
    data: { ...d, version: { increment: 1 } },
  });
  return r.count;
}
