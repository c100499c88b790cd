import { MIN_AGGREGATE_ANSWERS, type RoleGroup } from '@portal/contracts';
import { Prisma } from '../../generated/prisma/client.js';
import type { Db, Tx } from '../../lib/db.js';

/** Every query of the questionnaires module: tenant_id in every WHERE, explicit selects. */

const questionnaireSelect = {
  id: true,
  title: true,
  intro: true,
  ownerUnitId: true,
  audience: true,
  schedule: true,
  version: true,
  ownerUnit: { select: { id: true, name: true } },
} as const;

export const questionSelect = {
  id: true,
  position: true,
  kind: true,
  text: true,
  required: true,
  options: true,
  scaleMin: true,
  scaleMax: true,
  scaleMinLabel: true,
  scaleMaxLabel: true,
  retiredAt: true,
} as const;

export const roundSelect = {
  id: true,
  questionnaireId: true,
  label: true,
  opensOn: true,
  closesOn: true,
  state: true,
  reminderEveryDays: true,
  sentAt: true,
  closedAt: true,
  version: true,
} as const;

export type QuestionRow = Prisma.QuestionnaireQuestionGetPayload<{ select: typeof questionSelect }>;
export type RoundRow = Prisma.QuestionnaireRoundGetPayload<{ select: typeof roundSelect }>;

/** Questionnaires whose owner is in `units` ('tenant': all, region-wide included). */
export async function listQuestionnaires(tx: Tx, tenantId: string, units: 'tenant' | Set<string>) {
  const where: Prisma.QuestionnaireWhereInput =
    units === 'tenant'
      ? { tenantId, archivedAt: null }
      : { tenantId, archivedAt: null, ownerUnitId: { in: [...units] } };
  return tx.questionnaire.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }],
    select: {
      ...questionnaireSelect,
      _count: { select: { questions: { where: { retiredAt: null } }, rounds: true } },
      rounds: { select: { label: true, state: true, opensOn: true }, orderBy: { opensOn: 'desc' } },
    },
  });
}

export function findQuestionnaire(tx: Tx, tenantId: string, id: string) {
  return tx.questionnaire.findFirst({ where: { tenantId, id, archivedAt: null }, select: questionnaireSelect });
}

export function questionsOf(tx: Tx, tenantId: string, questionnaireId: string) {
  return tx.questionnaireQuestion.findMany({
    where: { tenantId, questionnaireId },
    orderBy: { position: 'asc' },
    select: questionSelect,
  });
}

export function roundsOf(tx: Tx, tenantId: string, questionnaireId: string) {
  return tx.questionnaireRound.findMany({
    where: { tenantId, questionnaireId },
    orderBy: [{ opensOn: 'desc' }, { createdAt: 'desc' }],
    select: roundSelect,
  });
}

export function findRound(tx: Tx, tenantId: string, questionnaireId: string, roundId: string) {
  return tx.questionnaireRound.findFirst({ where: { tenantId, questionnaireId, id: roundId }, select: roundSelect });
}

export function hospitals(tx: Tx, tenantId: string, units: 'tenant' | Set<string>) {
  return tx.orgUnit.findMany({
    where: {
      tenantId,
      kind: 'HOSPITAL',
      closedAt: null,
      ...(units === 'tenant' ? {} : { id: { in: [...units] } }),
    },
    orderBy: { name: 'asc' },
    select: { id: true, name: true },
  });
}

export function findUnitKind(tx: Tx, tenantId: string, id: string) {
  return tx.orgUnit.findFirst({ where: { tenantId, id }, select: { id: true, kind: true } });
}

export function createQuestionnaire(
  tx: Tx,
  tenantId: string,
  d: {
    title: string;
    intro: string | null;
    ownerUnitId: string | null;
    audience: string;
    schedule: string;
    createdById: string;
  },
) {
  return tx.questionnaire.create({ data: { tenantId, ...d }, select: { id: true } });
}

/** Bumps the version if it is `version`; false when stale. */
export async function bumpQuestionnaire(
  tx: Tx,
  tenantId: string,
  id: string,
  version: number,
  data: Prisma.QuestionnaireUpdateManyMutationInput = {},
): Promise<boolean> {
  const r = await tx.questionnaire.updateMany({
    where: { tenantId, id, version },
    data: { ...data, version: { increment: 1 } },
  });
  return r.count === 1;
}

export async function setOwner(tx: Tx, tenantId: string, id: string, ownerUnitId: string | null) {
  await tx.$executeRaw`
    UPDATE questionnaire SET owner_unit_id = ${ownerUnitId}::uuid
     WHERE tenant_id = ${tenantId}::uuid AND id = ${id}::uuid`;
}

export async function createQuestion(
  tx: Tx,
  tenantId: string,
  questionnaireId: string,
  q: Omit<Prisma.QuestionnaireQuestionCreateManyInput, 'tenantId' | 'questionnaireId' | 'position'>,
) {
  const max = await tx.questionnaireQuestion.aggregate({
    where: { tenantId, questionnaireId },
    _max: { position: true },
  });
  return tx.questionnaireQuestion.create({
    data: { ...q, tenantId, questionnaireId, position: (max._max.position ?? 0) + 1 },
    select: { id: true },
  });
}

export function updateQuestion(
  tx: Tx,
  tenantId: string,
  questionId: string,
  q: Prisma.QuestionnaireQuestionUpdateManyMutationInput,
) {
  return tx.questionnaireQuestion.updateMany({ where: { tenantId, id: questionId }, data: q });
}

/** New positions 1..n in the given order (two steps: the positions are unique). */
export async function reorderQuestions(tx: Tx, tenantId: string, questionnaireId: string, ids: string[]) {
  await tx.$executeRaw`
    UPDATE questionnaire_question SET position = position + 100
     WHERE tenant_id = ${tenantId}::uuid AND questionnaire_id = ${questionnaireId}::uuid`;
  await tx.$executeRaw`
    UPDATE questionnaire_question q SET position = o.ord::int
      FROM unnest(${ids}::uuid[]) WITH ORDINALITY AS o(id, ord)
     WHERE q.tenant_id = ${tenantId}::uuid AND q.questionnaire_id = ${questionnaireId}::uuid AND q.id = o.id`;
}

export function createRound(
  tx: Tx,
  tenantId: string,
  questionnaireId: string,
  r: { label: string; opensOn: string; closesOn: string; reminderEveryDays: number | null },
) {
  return tx.questionnaireRound.create({
    data: {
      tenantId,
      questionnaireId,
      label: r.label,
      opensOn: new Date(`${r.opensOn}T00:00:00Z`),
      closesOn: new Date(`${r.closesOn}T00:00:00Z`),
      reminderEveryDays: r.reminderEveryDays,
    },
    select: roundSelect,
  });
}

export async function updateRound(
  tx: Tx,
  tenantId: string,
  roundId: string,
  version: number,
  fromState: string,
  data: Prisma.QuestionnaireRoundUpdateManyMutationInput,
): Promise<boolean> {
  const r = await tx.questionnaireRound.updateMany({
    where: { tenantId, id: roundId, version, state: fromState },
    data: { ...data, version: { increment: 1 } },
  });
  return r.count === 1;
}

export interface RecipientCandidate {
  user_id: string;
  role_group: RoleGroup;
  unit_id: string;
}

/**
 * The people a round goes to: those with an active role of the audience's role groups in a unit
 * of the owner (the hospital and everything below it; the whole region when the owner is null):
 * - TRAINEE: a course running today (not cancelled), or a TRAINEE / UKYL / AP_UKYL assignment;
 * - SUPERVISOR: a SUPERVISOR assignment;
 * - EDUCATION_LEADER: a UAO / UKS / UKYL / DEPARTMENT_HEAD assignment.
 * One role group per person per round: TRAINEE before EDUCATION_LEADER before SUPERVISOR (a UKYL
 * who is a trainee answers as a trainee; a UAO who also supervises answers as an education leader),
 * and one unit: that of the most recently started course/assignment of the chosen group.
 */
export function recipientCandidates(
  tx: Tx,
  tenantId: string,
  ownerUnitId: string | null,
  groups: readonly RoleGroup[],
  today: string,
) {
  return tx.$queryRaw<RecipientCandidate[]>`
    WITH RECURSIVE scope AS (
      SELECT id FROM org_unit
       WHERE tenant_id = ${tenantId}::uuid
         AND (${ownerUnitId}::uuid IS NULL OR id = ${ownerUnitId}::uuid)
      UNION
      SELECT c.id FROM scope JOIN org_unit c ON c.tenant_id = ${tenantId}::uuid AND c.parent_id = scope.id
    ),
    cand AS (
      SELECT c.trainee_id AS user_id, 'TRAINEE' AS role_group, c.unit_id, c.start_date AS since
        FROM course c
       WHERE c.tenant_id = ${tenantId}::uuid AND c.cancelled_at IS NULL
         AND c.start_date <= ${today}::date AND c.end_date >= ${today}::date
         AND c.unit_id IN (SELECT id FROM scope)
      UNION ALL
      SELECT ra.user_id, g.role_group, ra.scope_unit_id, ra.valid_from
        FROM role_assignment ra
        JOIN (VALUES ('TRAINEE', 'TRAINEE'), ('UKYL', 'TRAINEE'), ('AP_UKYL', 'TRAINEE'),
                     ('SUPERVISOR', 'SUPERVISOR'),
                     ('UAO', 'EDUCATION_LEADER'), ('UKS', 'EDUCATION_LEADER'), ('UKYL', 'EDUCATION_LEADER'),
                     ('DEPARTMENT_HEAD', 'EDUCATION_LEADER')) AS g(role, role_group) ON g.role = ra.role
       WHERE ra.tenant_id = ${tenantId}::uuid
         AND ra.valid_from <= ${today}::date AND (ra.valid_to IS NULL OR ra.valid_to >= ${today}::date)
         AND ra.scope_unit_id IN (SELECT id FROM scope)
    )
    SELECT DISTINCT ON (cand.user_id) cand.user_id::text, cand.role_group, cand.unit_id::text
      FROM cand
      JOIN app_user u ON u.tenant_id = ${tenantId}::uuid AND u.id = cand.user_id AND u.deactivated_at IS NULL
     WHERE cand.role_group = ANY(${[...groups]}::text[])
     ORDER BY cand.user_id,
              CASE cand.role_group WHEN 'TRAINEE' THEN 1 WHEN 'EDUCATION_LEADER' THEN 2 ELSE 3 END,
              cand.since DESC, cand.unit_id`;
}

export function insertRecipients(
  tx: Tx,
  tenantId: string,
  roundId: string,
  rows: { id: string; userId: string; tokenHash: string; groupUnitId: string; roleGroup: string }[],
) {
  return tx.questionnaireRecipient.createMany({ data: rows.map((r) => ({ ...r, tenantId, roundId })) });
}

/**
 * The result group of every recipient group of a round, in SQL: the department when the round has
 * at least MIN_AGGREGATE_ANSWERS recipients in that department and role group, else the unit above
 * it (the hospital): a department with 2 recipients would make its responses traceable.
 */
const effectiveGroups = (tenantId: string, roundId: string) => Prisma.sql`
  SELECT r.group_unit_id, r.role_group, count(*)::int AS recipients,
         count(*) FILTER (WHERE r.answered)::int AS answered,
         CASE WHEN count(*) >= ${MIN_AGGREGATE_ANSWERS} THEN r.group_unit_id ELSE u.parent_id END AS result_unit_id
    FROM questionnaire_recipient r
    LEFT JOIN org_unit u ON u.tenant_id = ${tenantId}::uuid AND u.id = r.group_unit_id
   WHERE r.tenant_id = ${tenantId}::uuid AND r.round_id = ${roundId}::uuid
   GROUP BY r.group_unit_id, r.role_group, u.parent_id`;

/** The recipient of a token, if the round is open and they have not answered (row locked). */
/** The caller's own unanswered recipient rows of open rounds (their personal links are derived from the ids). */
export function myOpenRecipients(tx: Tx, tenantId: string, userId: string) {
  return tx.$queryRaw<{ id: string; title: string; label: string; closes_on: Date }[]>`
    SELECT r.id::text, qn.title, rd.label, rd.closes_on
      FROM questionnaire_recipient r
      JOIN questionnaire_round rd ON rd.tenant_id = r.tenant_id AND rd.id = r.round_id
      JOIN questionnaire qn ON qn.tenant_id = rd.tenant_id AND qn.id = rd.questionnaire_id
     WHERE r.tenant_id = ${tenantId}::uuid AND r.user_id = ${userId}::uuid AND NOT r.answered AND rd.state = 'OPEN'
     ORDER BY rd.closes_on, qn.title`;
}

export async function findAnswerableRecipient(tx: Tx, tenantId: string, hash: string) {
  const rows = await tx.$queryRaw<
    { id: string; round_id: string; group_unit_id: string | null; role_group: string; questionnaire_id: string }[]
  >`
    SELECT r.id::text, r.round_id::text, r.group_unit_id::text, r.role_group, q.questionnaire_id::text
      FROM questionnaire_recipient r
      JOIN questionnaire_round q ON q.tenant_id = r.tenant_id AND q.id = r.round_id
     WHERE r.tenant_id = ${tenantId}::uuid AND r.token_hash = ${hash} AND NOT r.answered AND q.state = 'OPEN'
     FOR UPDATE OF r`;
  return rows[0] ?? null;
}

export async function answerForm(tx: Tx, tenantId: string, roundId: string) {
  const round = await tx.questionnaireRound.findFirst({
    where: { tenantId, id: roundId },
    select: {
      label: true,
      closesOn: true,
      sentAt: true,
      questionnaire: { select: { title: true, intro: true } },
      tenant: { select: { name: true } },
    },
  });
  return round;
}

/** The questions a round asks: not retired when it was sent. */
export function roundQuestions(tx: Tx, tenantId: string, questionnaireId: string, sentAt: Date) {
  return tx.questionnaireQuestion.findMany({
    where: { tenantId, questionnaireId, OR: [{ retiredAt: null }, { retiredAt: { gt: sentAt } }] },
    orderBy: { position: 'asc' },
    select: questionSelect,
  });
}

export async function markAnswered(tx: Tx, tenantId: string, recipientId: string): Promise<boolean> {
  const r = await tx.questionnaireRecipient.updateMany({
    where: { tenantId, id: recipientId, answered: false },
    data: { answered: true },
  });
  return r.count === 1;
}

/** The result group of one recipient group (see effectiveGroups). */
export async function resultUnitOf(
  tx: Tx,
  tenantId: string,
  roundId: string,
  groupUnitId: string | null,
  roleGroup: string,
) {
  const rows = await tx.$queryRaw<{ result_unit_id: string | null }[]>`
    SELECT g.result_unit_id::text FROM (${effectiveGroups(tenantId, roundId)}) g
     WHERE g.group_unit_id IS NOT DISTINCT FROM ${groupUnitId}::uuid AND g.role_group = ${roleGroup}`;
  return rows[0]?.result_unit_id ?? null;
}

export function insertResponse(
  tx: Tx,
  tenantId: string,
  r: { id: string; roundId: string; groupUnitId: string | null; roleGroup: string },
) {
  return tx.questionnaireResponse.create({ data: { tenantId, ...r }, select: { id: true } });
}

export function insertAnswers(
  tx: Tx,
  tenantId: string,
  rows: { responseId: string; questionId: string; scaleValue?: number; choiceIndex?: number; text?: string }[],
) {
  return tx.questionnaireAnswer.createMany({ data: rows.map((r) => ({ ...r, tenantId })) });
}

/** Close: the recipient rows become counts per result group, then are deleted. */
export async function reduceRecipients(tx: Tx, tenantId: string, roundId: string) {
  await tx.$executeRaw`
    INSERT INTO questionnaire_round_group (id, tenant_id, round_id, group_unit_id, role_group, recipients, answered)
    SELECT gen_random_uuid(), ${tenantId}::uuid, ${roundId}::uuid, g.result_unit_id, g.role_group,
           sum(g.recipients)::int, sum(g.answered)::int
      FROM (${effectiveGroups(tenantId, roundId)}) g
     GROUP BY g.result_unit_id, g.role_group`;
  await tx.$executeRaw`
    DELETE FROM questionnaire_recipient WHERE tenant_id = ${tenantId}::uuid AND round_id = ${roundId}::uuid`;
}

export interface GroupCount {
  unit_id: string | null;
  unit_name: string | null;
  role_group: RoleGroup;
  recipients: number;
  answered: number;
}

/** Recipients and answers per department and role group while open (no person, just counts). */
export function openCounts(tx: Tx, tenantId: string, roundId: string) {
  return tx.$queryRaw<GroupCount[]>`
    SELECT r.group_unit_id::text AS unit_id, u.name AS unit_name, r.role_group,
           count(*)::int AS recipients, count(*) FILTER (WHERE r.answered)::int AS answered
      FROM questionnaire_recipient r
      LEFT JOIN org_unit u ON u.tenant_id = ${tenantId}::uuid AND u.id = r.group_unit_id
     WHERE r.tenant_id = ${tenantId}::uuid AND r.round_id = ${roundId}::uuid
     GROUP BY r.group_unit_id, u.name, r.role_group`;
}

export function closedCounts(tx: Tx, tenantId: string, roundId: string) {
  return tx.$queryRaw<GroupCount[]>`
    SELECT g.group_unit_id::text AS unit_id, u.name AS unit_name, g.role_group, g.recipients, g.answered
      FROM questionnaire_round_group g
      LEFT JOIN org_unit u ON u.tenant_id = ${tenantId}::uuid AND u.id = g.group_unit_id
     WHERE g.tenant_id = ${tenantId}::uuid AND g.round_id = ${roundId}::uuid`;
}

export async function reminderFigures(tx: Tx, tenantId: string, roundId: string) {
  const rows = await tx.$queryRaw<{ sent: number; last: Date | null }[]>`
    SELECT coalesce(sum(reminder_count), 0)::int AS sent, max(last_reminded_at) AS last
      FROM questionnaire_recipient WHERE tenant_id = ${tenantId}::uuid AND round_id = ${roundId}::uuid`;
  return rows[0] ?? { sent: 0, last: null };
}

// --- Delivery (its own short transactions, outside the request's) ---

export interface MailTarget {
  id: string;
  email: string;
  name: string;
  locale: string;
  title: string;
  label: string;
  closes_on: string;
}

/**
 * Claims the recipients of an open round to mail now, and marks them before sending (at most once
 * per attempt; a failed send is released again, see delivery.ts):
 * - INVITATION: not yet invited (a failed invitation is retried by the next call);
 * - REMINDER: invited, not answered, and (when `dueOnly`) last mailed at least reminder_every_days ago.
 */
export function claimTargets(
  tx: Tx,
  tenantId: string,
  roundId: string,
  kind: 'INVITATION' | 'REMINDER',
  dueOnly: boolean,
) {
  if (kind === 'INVITATION') {
    return tx.$queryRaw<MailTarget[]>`
      UPDATE questionnaire_recipient r SET invited_at = now()
        FROM questionnaire_round q, questionnaire n, app_user u
       WHERE r.tenant_id = ${tenantId}::uuid AND r.round_id = ${roundId}::uuid AND r.invited_at IS NULL
         AND q.tenant_id = r.tenant_id AND q.id = r.round_id AND q.state = 'OPEN'
         AND n.tenant_id = r.tenant_id AND n.id = q.questionnaire_id
         AND u.tenant_id = r.tenant_id AND u.id = r.user_id
      RETURNING r.id::text, u.email, u.name, u.locale, n.title, q.label, to_char(q.closes_on, 'YYYY-MM-DD') AS closes_on`;
  }
  return tx.$queryRaw<MailTarget[]>`
    UPDATE questionnaire_recipient r
       SET last_reminded_at = now(), reminder_count = r.reminder_count + 1
      FROM questionnaire_round q, questionnaire n, app_user u
     WHERE r.tenant_id = ${tenantId}::uuid AND r.round_id = ${roundId}::uuid
       AND r.invited_at IS NOT NULL AND NOT r.answered
       AND q.tenant_id = r.tenant_id AND q.id = r.round_id AND q.state = 'OPEN'
       AND (${!dueOnly} OR (q.reminder_every_days IS NOT NULL
            AND coalesce(r.last_reminded_at, r.invited_at) <= now() - make_interval(days => q.reminder_every_days)))
       AND n.tenant_id = r.tenant_id AND n.id = q.questionnaire_id
       AND u.tenant_id = r.tenant_id AND u.id = r.user_id AND u.deactivated_at IS NULL
    RETURNING r.id::text, u.email, u.name, u.locale, n.title, q.label, to_char(q.closes_on, 'YYYY-MM-DD') AS closes_on`;
}

/** Undoes the claim of a mail that could not be sent, so the next scan tries again. */
export async function releaseClaim(tx: Tx, tenantId: string, recipientId: string, kind: 'INVITATION' | 'REMINDER') {
  if (kind === 'INVITATION') {
    await tx.questionnaireRecipient.updateMany({ where: { tenantId, id: recipientId }, data: { invitedAt: null } });
  } else {
    await tx.$executeRaw`
      UPDATE questionnaire_recipient
         SET reminder_count = greatest(reminder_count - 1, 0),
             last_reminded_at = NULL
       WHERE tenant_id = ${tenantId}::uuid AND id = ${recipientId}::uuid`;
  }
}

/** Open rounds of a tenant (for the scan), and whether each is past its closing date. */
export function openRounds(tx: Tx, tenantId: string, today: string) {
  return tx.$queryRaw<{ id: string; questionnaire_id: string; past: boolean }[]>`
    SELECT id::text, questionnaire_id::text, closes_on < ${today}::date AS past
      FROM questionnaire_round WHERE tenant_id = ${tenantId}::uuid AND state = 'OPEN'`;
}

export type { Db };
