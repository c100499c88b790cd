import { Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../../lib/db.js';

/**
 * Queries of the well-being module. Individual defusings are only ever selected with the caller
 * as the trainee or the recorder in the WHERE; the department figures are computed in SQL per
 * calendar month, and the service withholds every figure of a month below MIN_AGGREGATE_ANSWERS.
 */

export interface CourseRow {
  course_id: string;
  trainee_id: string;
  trainee_name: string;
  unit_id: string;
  unit_name: string;
  unit_kind: string;
  track: string;
  start_date: string;
  end_date: string;
}

const courseSelect = Prisma.sql`
  SELECT c.id::text AS course_id, c.trainee_id::text AS trainee_id, t.name AS trainee_name,
         c.unit_id::text AS unit_id, ou.name AS unit_name, ou.kind AS unit_kind, c.track,
         c.start_date::text AS start_date, c.end_date::text AS end_date
    FROM course c
    JOIN app_user t ON t.tenant_id = c.tenant_id AND t.id = c.trainee_id
    JOIN org_unit ou ON ou.tenant_id = c.tenant_id AND ou.id = c.unit_id`;

/** The caller's own courses running today, and the running courses of the given departments. */
export async function runningCourses(
  tx: Tx,
  tenantId: string,
  today: string,
  traineeId: string,
  unitIds: readonly string[],
): Promise<CourseRow[]> {
  return tx.$queryRaw<CourseRow[]>`
    ${courseSelect}
     WHERE c.tenant_id = ${tenantId}::uuid AND c.cancelled_at IS NULL
       AND c.start_date <= ${today}::date AND c.end_date >= ${today}::date
       AND t.deactivated_at IS NULL
       AND (c.trainee_id = ${traineeId}::uuid OR c.unit_id = ANY(${[...unitIds]}::uuid[]))
     ORDER BY (c.trainee_id = ${traineeId}::uuid) DESC, t.name, c.start_date`;
}

export async function courseById(tx: Tx, tenantId: string, courseId: string): Promise<CourseRow | null> {
  const rows = await tx.$queryRaw<CourseRow[]>`
    ${courseSelect}
     WHERE c.tenant_id = ${tenantId}::uuid AND c.id = ${courseId}::uuid AND c.cancelled_at IS NULL`;
  return rows[0] ?? null;
}

export interface TalkPersonRow {
  course_id: string;
  user_id: string;
  name: string;
  role: 'MAIN_SUPERVISOR' | 'SUPERVISOR' | 'UAO' | 'UKS';
}

/**
 * Whom a trainee may ask for a follow-up talk on each course: the course's supervisors and the
 * UAO and UKS of its department (assignments in force today), active users, never the trainee.
 */
export async function talkPersons(
  tx: Tx,
  tenantId: string,
  courseIds: readonly string[],
  today: string,
): Promise<TalkPersonRow[]> {
  if (courseIds.length === 0) return [];
  return tx.$queryRaw<TalkPersonRow[]>`
    WITH p AS (
      SELECT cs.course_id, cs.supervisor_id AS user_id,
             CASE WHEN cs.is_main THEN 'MAIN_SUPERVISOR' ELSE 'SUPERVISOR' END AS role
        FROM course_supervisor cs
       WHERE cs.tenant_id = ${tenantId}::uuid AND cs.course_id = ANY(${[...courseIds]}::uuid[])
      UNION
      SELECT c.id, ra.user_id, ra.role
        FROM course c
        JOIN role_assignment ra ON ra.tenant_id = c.tenant_id AND ra.scope_unit_id = c.unit_id
         AND ra.role IN ('UAO', 'UKS')
         AND ra.valid_from <= ${today}::date AND (ra.valid_to IS NULL OR ra.valid_to >= ${today}::date)
       WHERE c.tenant_id = ${tenantId}::uuid AND c.id = ANY(${[...courseIds]}::uuid[])
    )
    SELECT p.course_id::text AS course_id, p.user_id::text AS user_id, u.name, p.role
      FROM p
      JOIN course c ON c.tenant_id = ${tenantId}::uuid AND c.id = p.course_id
      JOIN app_user u ON u.tenant_id = ${tenantId}::uuid AND u.id = p.user_id AND u.deactivated_at IS NULL
     WHERE p.user_id <> c.trainee_id
     ORDER BY u.name, p.role`;
}

export async function userContact(tx: Tx, tenantId: string, userId: string) {
  return tx.user.findFirst({
    where: { tenantId, id: userId, deactivatedAt: null },
    select: { id: true, name: true, email: true, locale: true },
  });
}

export async function insertDefusing(
  tx: Tx,
  tenantId: string,
  d: {
    courseId: string;
    traineeId: string;
    unitId: string;
    recordedById: string;
    shiftDate: string;
    shiftKind: string | null;
    howWent: number;
    hadChallenges: boolean;
    challengesNote: string | null;
    otherNote: string | null;
  },
): Promise<string> {
  const row = await tx.defusing.create({
    data: {
      tenantId,
      courseId: d.courseId,
      traineeId: d.traineeId,
      unitId: d.unitId,
      recordedById: d.recordedById,
      shiftDate: new Date(`${d.shiftDate}T00:00:00Z`),
      shiftKind: d.shiftKind,
      howWent: d.howWent,
      hadChallenges: d.hadChallenges,
      challengesNote: d.challengesNote,
      otherNote: d.otherNote,
    },
    select: { id: true },
  });
  return row.id;
}

export async function insertTalkRequest(
  tx: Tx,
  tenantId: string,
  r: {
    courseId: string;
    traineeId: string;
    unitId: string;
    defusingId: string | null;
    requestedOfId: string;
    message: string | null;
  },
): Promise<string> {
  const row = await tx.talkRequest.create({ data: { tenantId, ...r }, select: { id: true } });
  return row.id;
}

/** The e-mail to the chosen person, stored for the reminder pipeline (sent by the job queue). */
export async function insertNotification(
  tx: Tx,
  tenantId: string,
  n: { userId: string; courseId: string; today: string; toAddress: string; subject: string; body: string },
): Promise<void> {
  // One e-mail per (course, person, day): a second request the same day is in the portal list.
  await tx.notification.createMany({
    data: [
      {
        tenantId,
        userId: n.userId,
        courseId: n.courseId,
        kind: 'TALK_REQUESTED',
        dueDate: new Date(`${n.today}T00:00:00Z`),
        toAddress: n.toAddress,
        subject: n.subject,
        body: n.body,
      },
    ],
    skipDuplicates: true,
  });
}

const userRef = { select: { id: true, name: true } } as const;
const unitRef = { select: { id: true, name: true, kind: true } } as const;

export const talkRequestSelect = {
  id: true,
  courseId: true,
  trainee: userRef,
  unit: unitRef,
  requestedOf: userRef,
  defusingId: true,
  defusing: { select: { shiftDate: true } },
  message: true,
  state: true,
  heldOn: true,
  resolutionNote: true,
  resolvedAt: true,
  createdAt: true,
  version: true,
} satisfies Prisma.TalkRequestSelect;

export type TalkRequestRow = Prisma.TalkRequestGetPayload<{ select: typeof talkRequestSelect }>;

export const defusingSelect = {
  id: true,
  courseId: true,
  trainee: userRef,
  unit: unitRef,
  recordedBy: userRef,
  shiftDate: true,
  shiftKind: true,
  howWent: true,
  hadChallenges: true,
  challengesNote: true,
  otherNote: true,
  createdAt: true,
  talkRequests: { select: talkRequestSelect, orderBy: { createdAt: 'asc' }, take: 1 },
} satisfies Prisma.DefusingSelect;

export type DefusingRow = Prisma.DefusingGetPayload<{ select: typeof defusingSelect }>;

/** One defusing, only when the caller is its trainee or its recorder. */
export async function defusingForParty(tx: Tx, tenantId: string, id: string, userId: string) {
  return tx.defusing.findFirst({
    where: { tenantId, id, OR: [{ traineeId: userId }, { recordedById: userId }] },
    select: defusingSelect,
  });
}

export async function defusingsOfTrainee(tx: Tx, tenantId: string, traineeId: string) {
  return tx.defusing.findMany({
    where: { tenantId, traineeId },
    select: defusingSelect,
    orderBy: [{ shiftDate: 'desc' }, { createdAt: 'desc' }],
    take: 200,
  });
}

export async function talkRequestById(tx: Tx, tenantId: string, id: string) {
  return tx.talkRequest.findFirst({ where: { tenantId, id }, select: talkRequestSelect });
}

export async function talkRequestsAddressedTo(tx: Tx, tenantId: string, userId: string, openOnly: boolean) {
  return tx.talkRequest.findMany({
    where: { tenantId, requestedOfId: userId, ...(openOnly ? { state: 'OPEN' } : {}) },
    select: talkRequestSelect,
    orderBy: [{ createdAt: 'desc' }],
    take: 500,
  });
}

export async function talkRequestsOfTrainee(tx: Tx, tenantId: string, traineeId: string) {
  return tx.talkRequest.findMany({
    where: { tenantId, traineeId },
    select: talkRequestSelect,
    orderBy: [{ createdAt: 'desc' }],
    take: 200,
  });
}

/** Locks the request for its addressee's answer; null when it is not addressed to `userId`. */
export async function lockTalkRequest(tx: Tx, tenantId: string, id: string, userId: string) {
  const rows = await tx.$queryRaw<{ id: string; version: number; state: string }[]>`
    SELECT id::text, version, state FROM talk_request
     WHERE tenant_id = ${tenantId}::uuid AND id = ${id}::uuid AND requested_of_id = ${userId}::uuid
     FOR UPDATE`;
  return rows[0] ?? null;
}

export async function resolveTalkRequest(
  tx: Tx,
  tenantId: string,
  id: string,
  r: { state: 'HELD' | 'DECLINED'; heldOn: string | null; note: string | null },
) {
  await tx.talkRequest.updateMany({
    where: { tenantId, id },
    data: {
      state: r.state,
      heldOn: r.heldOn ? new Date(`${r.heldOn}T00:00:00Z`) : null,
      resolutionNote: r.note,
      resolvedAt: new Date(),
      version: { increment: 1 },
    },
  });
}

/**
 * For early-warning signals: per course, the open talk requests of the trainee created in the
 * last `days` days (default 30). Courses without one are absent from the map. Only the fact and
 * the count leave this module — not the message, not the person asked, not any defusing answer.
 */
/** An open talk request counts as an early-warning signal (TALK_REQUESTED) for this many days. */
export const TALK_REQUEST_SIGNAL_DAYS = 30;

export async function openTalkRequestsForCourses(
  tx: Tx,
  tenantId: string,
  courseIds: readonly string[],
  days = TALK_REQUEST_SIGNAL_DAYS,
): Promise<Map<string, { open: number; latestAt: Date }>> {
  if (courseIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ course_id: string; open: number; latest_at: Date }[]>`
    SELECT course_id::text AS course_id, count(*)::int AS open, max(created_at) AS latest_at
      FROM talk_request
     WHERE tenant_id = ${tenantId}::uuid AND course_id = ANY(${[...courseIds]}::uuid[])
       AND state = 'OPEN' AND created_at >= now() - make_interval(days => ${days}::int)
     GROUP BY course_id`;
  return new Map(rows.map((r) => [r.course_id, { open: r.open, latestAt: r.latest_at }]));
}

// ---- Aggregates ---------------------------------------------------------------------------

export interface MonthFiguresRow {
  unit_id: string;
  month: string;
  defusings: number;
  mean_how_went: number | null;
  d1: number;
  d2: number;
  d3: number;
  d4: number;
  d5: number;
  challenges: number;
  talk_requests: number;
}

/**
 * Per department and calendar month in [from, to] (first days of months): defusings by shift
 * date, mean and distribution of "Hvordan gik vagten?", how many reported challenges, and the talk
 * requests created that month. Every month of the range is returned (zero rows included).
 */
export async function monthFigures(
  tx: Tx,
  tenantId: string,
  unitIds: readonly string[],
  from: string,
  to: string,
): Promise<MonthFiguresRow[]> {
  if (unitIds.length === 0) return [];
  return tx.$queryRaw<MonthFiguresRow[]>`
    WITH months AS (
      SELECT generate_series(${from}::date, ${to}::date, interval '1 month')::date AS m
    ), units AS (
      SELECT unnest(${[...unitIds]}::uuid[]) AS unit_id
    ), d AS (
      SELECT unit_id, date_trunc('month', shift_date)::date AS m, count(*)::int AS n,
             avg(how_went)::float8 AS mean,
             count(*) FILTER (WHERE how_went = 1)::int AS d1, count(*) FILTER (WHERE how_went = 2)::int AS d2,
             count(*) FILTER (WHERE how_went = 3)::int AS d3, count(*) FILTER (WHERE how_went = 4)::int AS d4,
             count(*) FILTER (WHERE how_went = 5)::int AS d5,
             count(*) FILTER (WHERE had_challenges)::int AS ch
        FROM defusing
       WHERE tenant_id = ${tenantId}::uuid AND unit_id = ANY(${[...unitIds]}::uuid[])
         AND shift_date >= ${from}::date AND shift_date < (${to}::date + interval '1 month')
       GROUP BY 1, 2
    ), tr AS (
      SELECT unit_id, date_trunc('month', created_at AT TIME ZONE 'Europe/Copenhagen')::date AS m, count(*)::int AS n
        FROM talk_request
       WHERE tenant_id = ${tenantId}::uuid AND unit_id = ANY(${[...unitIds]}::uuid[])
         AND created_at >= (${from}::date::timestamp AT TIME ZONE 'Europe/Copenhagen')
         AND created_at < ((${to}::date + interval '1 month')::timestamp AT TIME ZONE 'Europe/Copenhagen')
       GROUP BY 1, 2
    )
    SELECT u.unit_id::text AS unit_id, to_char(months.m, 'YYYY-MM') AS month,
           coalesce(d.n, 0) AS defusings, d.mean AS mean_how_went,
           coalesce(d.d1, 0) AS d1, coalesce(d.d2, 0) AS d2, coalesce(d.d3, 0) AS d3,
           coalesce(d.d4, 0) AS d4, coalesce(d.d5, 0) AS d5, coalesce(d.ch, 0) AS challenges,
           coalesce(tr.n, 0) AS talk_requests
      FROM units u CROSS JOIN months
      LEFT JOIN d ON d.unit_id = u.unit_id AND d.m = months.m
      LEFT JOIN tr ON tr.unit_id = u.unit_id AND tr.m = months.m
     ORDER BY u.unit_id, months.m`;
}

export interface PeriodFiguresRow {
  unit_id: string;
  shown_months: number;
  defusings: number;
  sum_how_went: number;
  d1: number;
  d2: number;
  d3: number;
  d4: number;
  d5: number;
  challenges: number;
  talk_requests: number;
}

/**
 * Per department over [from, to]: the sums over its months with at least `minAnswers` defusings
 * only (a thin month is left out whole, so a total minus the shown months reveals nothing).
 */
export async function periodFigures(
  tx: Tx,
  tenantId: string,
  unitIds: readonly string[],
  from: string,
  to: string,
  minAnswers: number,
): Promise<PeriodFiguresRow[]> {
  if (unitIds.length === 0) return [];
  return tx.$queryRaw<PeriodFiguresRow[]>`
    WITH d AS (
      SELECT unit_id, date_trunc('month', shift_date)::date AS m, count(*)::int AS n,
             sum(how_went)::int AS s,
             count(*) FILTER (WHERE how_went = 1)::int AS d1, count(*) FILTER (WHERE how_went = 2)::int AS d2,
             count(*) FILTER (WHERE how_went = 3)::int AS d3, count(*) FILTER (WHERE how_went = 4)::int AS d4,
             count(*) FILTER (WHERE how_went = 5)::int AS d5,
             count(*) FILTER (WHERE had_challenges)::int AS ch
        FROM defusing
       WHERE tenant_id = ${tenantId}::uuid AND unit_id = ANY(${[...unitIds]}::uuid[])
         AND shift_date >= ${from}::date AND shift_date < (${to}::date + interval '1 month')
       GROUP BY 1, 2
      HAVING count(*) >= ${minAnswers}::int
    ), tr AS (
      SELECT unit_id, date_trunc('month', created_at AT TIME ZONE 'Europe/Copenhagen')::date AS m, count(*)::int AS n
        FROM talk_request
       WHERE tenant_id = ${tenantId}::uuid AND unit_id = ANY(${[...unitIds]}::uuid[])
       GROUP BY 1, 2
    )
    SELECT u.unit_id::text AS unit_id, count(d.m)::int AS shown_months,
           coalesce(sum(d.n), 0)::int AS defusings, coalesce(sum(d.s), 0)::int AS sum_how_went,
           coalesce(sum(d.d1), 0)::int AS d1, coalesce(sum(d.d2), 0)::int AS d2, coalesce(sum(d.d3), 0)::int AS d3,
           coalesce(sum(d.d4), 0)::int AS d4, coalesce(sum(d.d5), 0)::int AS d5,
           coalesce(sum(d.ch), 0)::int AS challenges, coalesce(sum(tr.n), 0)::int AS talk_requests
      FROM unnest(${[...unitIds]}::uuid[]) AS u(unit_id)
      LEFT JOIN d ON d.unit_id = u.unit_id
      LEFT JOIN tr ON tr.unit_id = d.unit_id AND tr.m = d.m
     GROUP BY u.unit_id`;
}

/** Departments (kind DEPARTMENT) in the given unit set, with their hospital. */
export async function departmentsIn(tx: Tx, tenantId: string, scope: 'tenant' | Set<string>) {
  return tx.orgUnit.findMany({
    where: {
      tenantId,
      kind: 'DEPARTMENT',
      closedAt: null,
      ...(scope === 'tenant' ? {} : { id: { in: [...scope] } }),
    },
    select: { id: true, name: true, kind: true, parent: { select: { id: true, name: true, kind: true } } },
    orderBy: [{ name: 'asc' }],
  });
}

export async function unitById(tx: Tx, tenantId: string, id: string) {
  return tx.orgUnit.findFirst({
    where: { tenantId, id },
    select: { id: true, name: true, kind: true, parent: { select: { id: true, name: true, kind: true } } },
  });
}

export async function meetingsOfUnit(tx: Tx, tenantId: string, unitId: string, from: Date, to: Date) {
  return tx.wellbeingMeeting.findMany({
    where: { tenantId, unitId, heldOn: { gte: from, lte: to } },
    select: {
      id: true,
      unit: unitRef,
      heldOn: true,
      attended: true,
      themes: true,
      note: true,
      createdAt: true,
    },
    orderBy: [{ heldOn: 'desc' }, { createdAt: 'desc' }],
  });
}

export async function insertMeeting(
  tx: Tx,
  tenantId: string,
  m: { unitId: string; heldOn: string; attended: number; themes: string[]; note: string | null; createdById: string },
) {
  const row = await tx.wellbeingMeeting.create({
    data: { tenantId, ...m, heldOn: new Date(`${m.heldOn}T00:00:00Z`) },
    select: { id: true, unit: unitRef, heldOn: true, attended: true, themes: true, note: true, createdAt: true },
  });
  return row;
}

/** The hospital's KBU intro days, staff meetings and theme days in the period (activities). */
export async function hospitalEvents(tx: Tx, tenantId: string, hospitalId: string, from: Date, to: Date) {
  return tx.activity.findMany({
    where: {
      tenantId,
      hospitalId,
      kind: { in: ['KBU_INTRO_DAY', 'STAFF_MEETING', 'THEME_DAY'] },
      startsOn: { gte: from, lte: to },
      state: { not: 'CANCELLED' },
    },
    select: { id: true, kind: true, title: true, startsOn: true, state: true },
    orderBy: [{ startsOn: 'asc' }],
  });
}
