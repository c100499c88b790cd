import { Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../../lib/db.js';

export const toDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
export const isoOf = (d: Date) => d.toISOString().slice(0, 10);

// ---------------------------------------------------------------------------------------------
// The supervisor's list

export interface MyTraineeRow {
  course_id: string;
  trainee_id: string;
  trainee_name: string;
  track: string;
  specialty_name: string | null;
  unit_id: string;
  unit_name: string;
  start_date: Date;
  end_date: Date;
  is_main: boolean;
  last_feedback_on: Date | null;
  feedback_4w: number;
  no_feedback: boolean;
  open_requests: number;
  first_open_request_id: string | null;
}

/**
 * The current courses (not cancelled, running today) that `userId` supervises, with the feedback
 * figures, in ONE statement: the aggregates are correlated subqueries that each read a narrow
 * range of feedback_record's (tenant_id, course_id, given_on …) index — the last date is a
 * single index probe, the 4-week count a range scan — and the open requests use
 * (tenant_id, course_id, state). Those lacking feedback come first (longest without first).
 * `since` = today − FEEDBACK_SILENCE_DAYS: feedback given after it counts as "in the last 4 weeks".
 */
export function myTrainees(tx: Tx, tenantId: string, userId: string, today: string, since: string) {
  return tx.$queryRaw<MyTraineeRow[]>`
    SELECT x.*,
           (x.start_date <= ${since}::date AND (x.last_feedback_on IS NULL OR x.last_feedback_on <= ${since}::date))
             AS no_feedback
      FROM (
        SELECT c.id AS course_id, c.trainee_id, u.name AS trainee_name, c.track, sp.name AS specialty_name,
               c.unit_id, ou.name AS unit_name, c.start_date, c.end_date, cs.is_main,
               (SELECT max(f.given_on) FROM feedback_record f
                 WHERE f.tenant_id = c.tenant_id AND f.course_id = c.id) AS last_feedback_on,
               (SELECT count(*)::int FROM feedback_record f
                 WHERE f.tenant_id = c.tenant_id AND f.course_id = c.id AND f.given_on > ${since}::date) AS feedback_4w,
               rq.open_requests, rq.first_open_request_id
          FROM course_supervisor cs
          JOIN course c ON c.tenant_id = cs.tenant_id AND c.id = cs.course_id
          JOIN app_user u ON u.tenant_id = c.tenant_id AND u.id = c.trainee_id
          JOIN org_unit ou ON ou.tenant_id = c.tenant_id AND ou.id = c.unit_id
          LEFT JOIN specialty sp ON sp.tenant_id = c.tenant_id AND sp.id = c.specialty_id
          CROSS JOIN LATERAL (
            SELECT count(*)::int AS open_requests,
                   (array_agg(r.id ORDER BY r.created_at, r.id))[1] AS first_open_request_id
              FROM feedback_request r
             WHERE r.tenant_id = c.tenant_id AND r.course_id = c.id AND r.state = 'OPEN'
               AND (r.supervisor_id IS NULL OR r.supervisor_id = ${userId}::uuid)
          ) rq
         WHERE cs.tenant_id = ${tenantId}::uuid
           AND cs.supervisor_id = ${userId}::uuid
           AND c.cancelled_at IS NULL
           AND c.start_date <= ${today}::date
           AND c.end_date >= ${today}::date
      ) x
     ORDER BY no_feedback DESC, x.last_feedback_on ASC NULLS FIRST, x.trainee_name, x.course_id`;
}

// ---------------------------------------------------------------------------------------------
// Courses

export function findCourseForSupervision(tx: Tx, tenantId: string, courseId: string) {
  return tx.course.findFirst({
    where: { tenantId, id: courseId },
    select: {
      id: true,
      traineeId: true,
      unitId: true,
      track: true,
      specialtyId: true,
      startDate: true,
      endDate: true,
      cancelledAt: true,
      trainee: { select: { id: true, name: true, email: true, locale: true } },
      unit: { select: { name: true } },
      placements: { where: { tenantId }, select: { unitId: true } },
      supervisors: {
        where: { tenantId },
        select: {
          supervisorId: true,
          isMain: true,
          supervisor: { select: { id: true, name: true, email: true, locale: true } },
        },
        orderBy: [{ isMain: 'desc' }, { createdAt: 'asc' }],
      },
    },
  });
}
export type SupervisionCourse = NonNullable<Awaited<ReturnType<typeof findCourseForSupervision>>>;

/** The caller's current courses as trainee (not cancelled, running today), newest first. */
export function currentCoursesOfTrainee(tx: Tx, tenantId: string, traineeId: string, today: string) {
  return tx.course.findMany({
    where: {
      tenantId,
      traineeId,
      cancelledAt: null,
      startDate: { lte: toDate(today) },
      endDate: { gte: toDate(today) },
    },
    select: {
      id: true,
      track: true,
      startDate: true,
      endDate: true,
      unit: { select: { name: true } },
      supervisors: {
        where: { tenantId },
        select: { isMain: true, supervisor: { select: { id: true, name: true } } },
        orderBy: [{ isMain: 'desc' }, { createdAt: 'asc' }],
      },
    },
    orderBy: [{ startDate: 'desc' }, { id: 'asc' }],
  });
}

/** True when `userId` wrote any feedback or supervision record on the course. */
export async function hasAuthored(tx: Tx, tenantId: string, courseId: string, userId: string): Promise<boolean> {
  const [f, s] = await Promise.all([
    tx.feedbackRecord.findFirst({ where: { tenantId, courseId, giverId: userId }, select: { id: true } }),
    tx.supervisionRecord.findFirst({ where: { tenantId, courseId, supervisorId: userId }, select: { id: true } }),
  ]);
  return f !== null || s !== null;
}

/** The competences of the lists for the course's track (its specialty's, or the track's general list). */
export function competencesForCourse(tx: Tx, tenantId: string, track: string, specialtyId: string | null) {
  return tx.competence.findMany({
    where: {
      tenantId,
      list: {
        tenantId,
        track,
        retiredAt: null,
        OR: [{ specialtyId: null }, ...(specialtyId ? [{ specialtyId }] : [])],
      },
    },
    select: { id: true, code: true, title: true },
    orderBy: [{ listId: 'asc' }, { sortOrder: 'asc' }, { code: 'asc' }],
    take: 500,
  });
}

// ---------------------------------------------------------------------------------------------
// Timeline (keyset pagination over both record kinds)

export interface TimelineKey {
  date: string;
  createdAt: Date;
  id: string;
}
interface KeyRow {
  kind: 'FEEDBACK' | 'SUPERVISION';
  id: string;
  d: Date;
  created_at: Date;
}

/**
 * One page of a course's timeline: the keys of the newest `limit` records (both kinds) after
 * `after`, newest first by (date, created_at, id). Each branch reads at most `limit` rows from its
 * (tenant_id, course_id, date DESC, created_at DESC, id DESC) index; `authorId` narrows to the
 * records one person wrote (another doctor sees only their own).
 */
export function timelineKeys(
  tx: Tx,
  tenantId: string,
  courseId: string,
  opts: { after: TimelineKey | null; limit: number; authorId: string | null },
) {
  const a = opts.after;
  const fAfter = a
    ? Prisma.sql`AND (f.given_on, f.created_at, f.id) < (${a.date}::date, ${a.createdAt}::timestamptz, ${a.id}::uuid)`
    : Prisma.empty;
  const sAfter = a
    ? Prisma.sql`AND (s.occurred_on, s.created_at, s.id) < (${a.date}::date, ${a.createdAt}::timestamptz, ${a.id}::uuid)`
    : Prisma.empty;
  const fWho = opts.authorId ? Prisma.sql`AND f.giver_id = ${opts.authorId}::uuid` : Prisma.empty;
  const sWho = opts.authorId ? Prisma.sql`AND s.supervisor_id = ${opts.authorId}::uuid` : Prisma.empty;
  return tx.$queryRaw<KeyRow[]>`
    SELECT u.kind, u.id, u.d, u.created_at FROM (
      (SELECT 'FEEDBACK' AS kind, f.id, f.given_on AS d, f.created_at
         FROM feedback_record f
        WHERE f.tenant_id = ${tenantId}::uuid AND f.course_id = ${courseId}::uuid ${fWho} ${fAfter}
        ORDER BY f.given_on DESC, f.created_at DESC, f.id DESC
        LIMIT ${opts.limit})
      UNION ALL
      (SELECT 'SUPERVISION' AS kind, s.id, s.occurred_on AS d, s.created_at
         FROM supervision_record s
        WHERE s.tenant_id = ${tenantId}::uuid AND s.course_id = ${courseId}::uuid ${sWho} ${sAfter}
        ORDER BY s.occurred_on DESC, s.created_at DESC, s.id DESC
        LIMIT ${opts.limit})
    ) u
    ORDER BY u.d DESC, u.created_at DESC, u.id DESC
    LIMIT ${opts.limit}`;
}

const feedbackSelect = {
  id: true,
  courseId: true,
  giverId: true,
  givenOn: true,
  setting: true,
  wentWell: true,
  toImprove: true,
  nextStep: true,
  requestId: true,
  version: true,
  createdAt: true,
  giver: { select: { id: true, name: true } },
} as const satisfies Prisma.FeedbackRecordSelect;
export type FeedbackRow = Prisma.FeedbackRecordGetPayload<{ select: typeof feedbackSelect }>;

const supervisionSelect = (tenantId: string) =>
  ({
    id: true,
    courseId: true,
    supervisorId: true,
    occurredOn: true,
    setting: true,
    supervised: true,
    nextSteps: true,
    version: true,
    createdAt: true,
    supervisor: { select: { id: true, name: true } },
    competences: {
      where: { tenantId },
      select: { competence: { select: { id: true, code: true, title: true, sortOrder: true } } },
    },
  }) as const satisfies Prisma.SupervisionRecordSelect;
export type SupervisionRow = Prisma.SupervisionRecordGetPayload<{ select: ReturnType<typeof supervisionSelect> }>;

/**
 * The timeline's records by id. Plain SQL rather than the query builder: the timeline is the
 * trainee's most used read, and this halves its API time per request at region scale (see
 * `pnpm bench:courses`). The rows have the same shape as `feedbackSelect` / `supervisionSelect`.
 */
export async function feedbackByIds(tx: Tx, tenantId: string, ids: string[]): Promise<FeedbackRow[]> {
  if (ids.length === 0) return [];
  const rows = await tx.$queryRaw<
    (Omit<FeedbackRow, 'giver'> & { giver_name: string })[]
  >`SELECT f.id::text, f.course_id::text AS "courseId", f.giver_id::text AS "giverId", f.given_on AS "givenOn",
           f.setting, f.went_well AS "wentWell", f.to_improve AS "toImprove", f.next_step AS "nextStep",
           f.request_id::text AS "requestId", f.version, f.created_at AS "createdAt", g.name AS giver_name
      FROM feedback_record f
      JOIN app_user g ON g.tenant_id = f.tenant_id AND g.id = f.giver_id
     WHERE f.tenant_id = ${tenantId}::uuid AND f.id = ANY(${ids}::uuid[])`;
  return rows.map(({ giver_name, ...r }) => ({ ...r, giver: { id: r.giverId, name: giver_name } }));
}
export async function supervisionByIds(tx: Tx, tenantId: string, ids: string[]): Promise<SupervisionRow[]> {
  if (ids.length === 0) return [];
  const rows = await tx.$queryRaw<
    (Omit<SupervisionRow, 'supervisor'> & { supervisor_name: string })[]
  >`SELECT s.id::text, s.course_id::text AS "courseId", s.supervisor_id::text AS "supervisorId",
           s.occurred_on AS "occurredOn", s.setting, s.supervised, s.next_steps AS "nextSteps", s.version,
           s.created_at AS "createdAt", g.name AS supervisor_name,
           (SELECT coalesce(json_agg(json_build_object('competence', json_build_object(
                     'id', cp.id, 'code', cp.code, 'title', cp.title, 'sortOrder', cp.sort_order))), '[]'::json)
              FROM supervision_record_competence rc
              JOIN competence cp ON cp.tenant_id = rc.tenant_id AND cp.id = rc.competence_id
             WHERE rc.tenant_id = s.tenant_id AND rc.record_id = s.id) AS competences
      FROM supervision_record s
      JOIN app_user g ON g.tenant_id = s.tenant_id AND g.id = s.supervisor_id
     WHERE s.tenant_id = ${tenantId}::uuid AND s.id = ANY(${ids}::uuid[])`;
  return rows.map(({ supervisor_name, ...r }) => ({ ...r, supervisor: { id: r.supervisorId, name: supervisor_name } }));
}

/** The newest feedback of a course, or null. */
export function latestFeedback(tx: Tx, tenantId: string, courseId: string) {
  return tx.feedbackRecord.findFirst({
    where: { tenantId, courseId },
    select: feedbackSelect,
    orderBy: [{ givenOn: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
  });
}

// ---------------------------------------------------------------------------------------------
// Writing records

export interface FeedbackData {
  givenOn: string;
  setting: string | null;
  wentWell: string;
  toImprove: string;
  nextStep: string;
  /** Only on create (see createFeedbackSchema); an edit keeps the flag. */
  concern?: boolean;
}

export async function createFeedback(
  tx: Tx,
  tenantId: string,
  courseId: string,
  giverId: string,
  d: FeedbackData,
  requestId: string | null,
) {
  return tx.feedbackRecord.create({
    data: {
      tenantId,
      courseId,
      giverId,
      givenOn: toDate(d.givenOn),
      setting: d.setting,
      wentWell: d.wentWell,
      toImprove: d.toImprove,
      nextStep: d.nextStep,
      concern: d.concern ?? false,
      requestId,
    },
    select: feedbackSelect,
  });
}

export function findFeedback(tx: Tx, tenantId: string, id: string) {
  return tx.feedbackRecord.findFirst({ where: { tenantId, id }, select: feedbackSelect });
}

/** Updates when the version matches; returns the number of rows changed (0 = stale). */
export async function updateFeedback(tx: Tx, tenantId: string, id: string, version: number, d: FeedbackData) {
  const r = await tx.feedbackRecord.updateMany({
    where: { tenantId, id, version },
    data: {
      givenOn: toDate(d.givenOn),
      setting: d.setting,
      wentWell: d.wentWell,
      toImprove: d.toImprove,
      nextStep: d.nextStep,
      version: { increment: 1 },
    },
  });
  return r.count;
}

export async function deleteFeedback(tx: Tx, tenantId: string, id: string, version: number) {
  return (await tx.feedbackRecord.deleteMany({ where: { tenantId, id, version } })).count;
}

export interface SupervisionData {
  occurredOn: string;
  setting: string;
  supervised: string;
  nextSteps: string | null;
  competenceIds: string[];
}

export async function countCompetences(tx: Tx, tenantId: string, ids: string[]) {
  if (ids.length === 0) return 0;
  return tx.competence.count({ where: { tenantId, id: { in: ids } } });
}

export async function createSupervision(
  tx: Tx,
  tenantId: string,
  courseId: string,
  supervisorId: string,
  d: SupervisionData,
) {
  const rec = await tx.supervisionRecord.create({
    data: {
      tenantId,
      courseId,
      supervisorId,
      occurredOn: toDate(d.occurredOn),
      setting: d.setting,
      supervised: d.supervised,
      nextSteps: d.nextSteps,
    },
    select: { id: true },
  });
  await tx.supervisionRecordCompetence.createMany({
    data: d.competenceIds.map((competenceId) => ({ tenantId, recordId: rec.id, competenceId })),
  });
  return rec.id;
}

export function findSupervision(tx: Tx, tenantId: string, id: string) {
  return tx.supervisionRecord.findFirst({ where: { tenantId, id }, select: supervisionSelect(tenantId) });
}

export async function updateSupervision(tx: Tx, tenantId: string, id: string, version: number, d: SupervisionData) {
  const r = await tx.supervisionRecord.updateMany({
    where: { tenantId, id, version },
    data: {
      occurredOn: toDate(d.occurredOn),
      setting: d.setting,
      supervised: d.supervised,
      nextSteps: d.nextSteps,
      version: { increment: 1 },
    },
  });
  if (r.count === 0) return 0;
  await tx.supervisionRecordCompetence.deleteMany({ where: { tenantId, recordId: id } });
  await tx.supervisionRecordCompetence.createMany({
    data: d.competenceIds.map((competenceId) => ({ tenantId, recordId: id, competenceId })),
  });
  return r.count;
}

export async function deleteSupervision(tx: Tx, tenantId: string, id: string, version: number) {
  return (await tx.supervisionRecord.deleteMany({ where: { tenantId, id, version } })).count;
}

// ---------------------------------------------------------------------------------------------
// Feedback requests

const requestSelect = {
  id: true,
  courseId: true,
  askedById: true,
  supervisorId: true,
  message: true,
  state: true,
  version: true,
  createdAt: true,
  supervisor: { select: { id: true, name: true } },
  askedBy: { select: { id: true, name: true } },
  answers: { select: { id: true } },
} as const satisfies Prisma.FeedbackRequestSelect;
export type RequestRow = Prisma.FeedbackRequestGetPayload<{ select: typeof requestSelect }>;

export function findRequest(tx: Tx, tenantId: string, id: string) {
  return tx.feedbackRequest.findFirst({ where: { tenantId, id }, select: requestSelect });
}

/** Locks the request row until the transaction ends (two answers at once: one waits, then sees it answered). */
export async function lockRequest(tx: Tx, tenantId: string, id: string) {
  await tx.$queryRaw`SELECT id FROM feedback_request WHERE tenant_id = ${tenantId}::uuid AND id = ${id}::uuid FOR UPDATE`;
}

export function openRequestsOfCourses(tx: Tx, tenantId: string, courseIds: string[], supervisorId?: string) {
  return tx.feedbackRequest.findMany({
    where: {
      tenantId,
      courseId: { in: courseIds },
      state: 'OPEN',
      ...(supervisorId ? { OR: [{ supervisorId: null }, { supervisorId }] } : {}),
    },
    select: requestSelect,
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
}

export function createRequest(
  tx: Tx,
  tenantId: string,
  d: { courseId: string; askedById: string; supervisorId: string | null; message: string | null },
) {
  return tx.feedbackRequest.create({ data: { tenantId, ...d }, select: requestSelect });
}

export async function setRequestState(
  tx: Tx,
  tenantId: string,
  id: string,
  state: 'ANSWERED' | 'CANCELLED',
  fromState: 'OPEN' = 'OPEN',
) {
  const now = new Date();
  const r = await tx.feedbackRequest.updateMany({
    where: { tenantId, id, state: fromState },
    data: {
      state,
      ...(state === 'ANSWERED' ? { answeredAt: now } : { cancelledAt: now }),
      version: { increment: 1 },
    },
  });
  return r.count;
}
