import {
  DASHBOARD_DUE_SOON_DAYS,
  DASHBOARD_LIST_MAX,
  DASHBOARD_WINDOW_DAYS,
  FEEDBACK_SILENCE_DAYS,
  NEW_HOLDER_MONTHS,
  WORKING_GRACE_DAYS,
} from '@portal/contracts';
import { Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../../lib/db.js';

/**
 * The department dashboard's aggregates. Every statement is led by tenant_id and the department
 * (course: (tenant_id, unit_id, start_date); the records: (tenant_id, course_id, date …)), so a
 * department reads only its own courses and their records, whatever the size of the region. The
 * hospital view runs the same rules GROUP BY department over the hospital's departments.
 *
 * The shared rules, written once here as SQL fragments over `course c`:
 * - active at asOf: not cancelled, start ≤ asOf ≤ end;
 * - a meeting counts as held at asOf when held_on ≤ asOf; on time when held_on ≤ due date.
 */

const activeAt = (asOf: string) =>
  Prisma.sql`c.cancelled_at IS NULL AND c.start_date <= ${asOf}::date AND c.end_date >= ${asOf}::date`;

/** The day FEEDBACK_SILENCE_DAYS before asOf: feedback after it counts as "in the last 4 weeks". */
const silenceSince = (asOf: string) => Prisma.sql`(${asOf}::date - ${FEEDBACK_SILENCE_DAYS}::int)`;

/** First day of the 12-month window (the month 11 months before asOf's month). */
// date_trunc over a timestamp WITHOUT time zone is immutable, so PostgreSQL folds these bounds once
// at planning instead of per row (over a date it goes through timestamptz, which is only stable).
const monthsFrom = (asOf: string) => Prisma.sql`(date_trunc('month', ${asOf}::timestamp) - interval '11 months')::date`;
const monthOf = (asOf: string) => Prisma.sql`date_trunc('month', ${asOf}::timestamp)::date`;
const weeksFrom = (asOf: string) => Prisma.sql`(date_trunc('week', ${asOf}::timestamp) - interval '11 weeks')::date`;
const weekOf = (asOf: string) => Prisma.sql`date_trunc('week', ${asOf}::timestamp)::date`;

// ---------------------------------------------------------------------------------------------
// Units

export interface UnitRow {
  id: string;
  name: string;
  hospital_id: string | null;
  hospital_name: string | null;
}

/** A department (kind DEPARTMENT) with its hospital; null when there is none in the tenant. */
export async function findDepartment(tx: Tx, tenantId: string, unitId: string): Promise<UnitRow | null> {
  const rows = await tx.$queryRaw<UnitRow[]>`
    SELECT d.id::text, d.name, h.id::text AS hospital_id, h.name AS hospital_name
      FROM org_unit d
      LEFT JOIN org_unit h ON h.tenant_id = d.tenant_id AND h.id = d.parent_id AND h.kind = 'HOSPITAL'
     WHERE d.tenant_id = ${tenantId}::uuid AND d.id = ${unitId}::uuid AND d.kind = 'DEPARTMENT'`;
  return rows[0] ?? null;
}

export async function findHospital(tx: Tx, tenantId: string, hospitalId: string) {
  const rows = await tx.$queryRaw<{ id: string; name: string }[]>`
    SELECT h.id::text, h.name FROM org_unit h
     WHERE h.tenant_id = ${tenantId}::uuid AND h.id = ${hospitalId}::uuid AND h.kind = 'HOSPITAL'`;
  return rows[0] ?? null;
}

/** Open departments (under an open hospital) and open hospitals within `scope`. */
export async function unitsForPicker(tx: Tx, tenantId: string, scope: 'tenant' | Set<string>) {
  const all = scope === 'tenant';
  const ids = all ? [] : [...scope];
  const departments = await tx.$queryRaw<{ id: string; name: string; hospital_id: string; hospital_name: string }[]>`
    SELECT d.id::text, d.name, h.id::text AS hospital_id, h.name AS hospital_name
      FROM org_unit d
      JOIN org_unit h ON h.tenant_id = d.tenant_id AND h.id = d.parent_id AND h.kind = 'HOSPITAL'
     WHERE d.tenant_id = ${tenantId}::uuid AND d.kind = 'DEPARTMENT' AND d.closed_at IS NULL
       AND h.closed_at IS NULL AND (${all} OR d.id = ANY(${ids}::uuid[]))
     ORDER BY h.name, d.name`;
  const hospitals = await tx.$queryRaw<{ id: string; name: string }[]>`
    SELECT h.id::text, h.name FROM org_unit h
     WHERE h.tenant_id = ${tenantId}::uuid AND h.kind = 'HOSPITAL' AND h.closed_at IS NULL
       AND (${all} OR h.id = ANY(${ids}::uuid[]))
     ORDER BY h.name`;
  return { departments, hospitals };
}

// ---------------------------------------------------------------------------------------------
// Trainees now

export interface TraineeCountRow {
  track: string | null;
  specialty: string | null;
  g_track: number;
  g_specialty: number;
  n: number;
}

/** Active courses counted by track, by specialty and in total (one GROUPING SETS statement). */
export function traineeCounts(tx: Tx, tenantId: string, unitId: string, asOf: string) {
  return tx.$queryRaw<TraineeCountRow[]>`
    SELECT c.track, sp.name AS specialty, GROUPING(c.track)::int AS g_track,
           GROUPING(sp.id)::int AS g_specialty, count(*)::int AS n
      FROM course c
      LEFT JOIN specialty sp ON sp.tenant_id = c.tenant_id AND sp.id = c.specialty_id
     WHERE c.tenant_id = ${tenantId}::uuid AND c.unit_id = ${unitId}::uuid AND ${activeAt(asOf)}
     GROUP BY GROUPING SETS ((c.track), (sp.id, sp.name), ())
     ORDER BY sp.name NULLS LAST`;
}

export interface MovementRow {
  kind: 'ARRIVAL' | 'DEPARTURE';
  course_id: string;
  trainee_id: string;
  trainee_name: string;
  track: string;
  d: Date;
  n: number;
}

/**
 * Arrivals (start) and departures (end) in asOf … asOf + 55 days, with the exact count of each
 * (a window count before the list is cut at DASHBOARD_LIST_MAX).
 */
export function movements(tx: Tx, tenantId: string, unitId: string, asOf: string) {
  const last = Prisma.sql`(${asOf}::date + ${DASHBOARD_WINDOW_DAYS - 1}::int)`;
  return tx.$queryRaw<MovementRow[]>`
    SELECT * FROM (
      SELECT x.*, count(*) OVER (PARTITION BY x.kind)::int AS n,
             row_number() OVER (PARTITION BY x.kind ORDER BY x.d, x.trainee_name, x.course_id) AS rn
        FROM (
          SELECT 'ARRIVAL' AS kind, c.id::text AS course_id, c.trainee_id::text, u.name AS trainee_name, c.track,
                 c.start_date AS d
            FROM course c JOIN app_user u ON u.tenant_id = c.tenant_id AND u.id = c.trainee_id
           WHERE c.tenant_id = ${tenantId}::uuid AND c.unit_id = ${unitId}::uuid AND c.cancelled_at IS NULL
             AND c.start_date BETWEEN ${asOf}::date AND ${last}
          UNION ALL
          SELECT 'DEPARTURE', c.id::text, c.trainee_id::text, u.name, c.track, c.end_date
            FROM course c JOIN app_user u ON u.tenant_id = c.tenant_id AND u.id = c.trainee_id
           WHERE c.tenant_id = ${tenantId}::uuid AND c.unit_id = ${unitId}::uuid AND c.cancelled_at IS NULL
             AND c.start_date <= ${last} AND c.end_date BETWEEN ${asOf}::date AND ${last}
        ) x
    ) y
    WHERE y.rn <= ${DASHBOARD_LIST_MAX}
    ORDER BY y.kind, y.rn`;
}

// ---------------------------------------------------------------------------------------------
// Expectation meetings

/**
 * The department's courses that can matter for the meeting figures at asOf, with the due date
 * (expectation_meeting_due) and the held date: those not ended at asOf (due / overdue) and those
 * whose due date can fall in the 12-month window (it lies within 28 days of the start).
 */
function meetingCoursesSql(tenantId: string, unitFilter: Prisma.Sql, asOf: string): Prisma.Sql {
  // MATERIALIZED: the due date is computed once per course, not once per FILTER that reads it.
  return Prisma.sql`
    mc AS MATERIALIZED (
      SELECT c.unit_id, c.end_date, expectation_meeting_due(c.track, c.start_date, c.end_date) AS due,
             CASE WHEN em.held_on <= ${asOf}::date THEN em.held_on END AS held_on
        FROM course c
        LEFT JOIN expectation_meeting em ON em.tenant_id = c.tenant_id AND em.course_id = c.id
       WHERE c.tenant_id = ${tenantId}::uuid AND ${unitFilter} AND c.cancelled_at IS NULL
         AND c.start_date <= ${asOf}::date + ${DASHBOARD_DUE_SOON_DAYS}::int
         AND (c.end_date >= ${asOf}::date OR c.start_date >= ${monthsFrom(asOf)} - 28)
    )`;
}

/** The meeting measures of one statement, over `mc` grouped as the caller says. */
function meetingMeasures(asOf: string): Prisma.Sql {
  const inWindow = Prisma.sql`mc.due >= ${monthsFrom(asOf)} AND mc.due < ${asOf}::date`;
  return Prisma.sql`
    (count(*) FILTER (WHERE mc.held_on IS NULL AND mc.end_date >= ${asOf}::date
        AND mc.due >= ${asOf}::date AND mc.due < ${asOf}::date + ${DASHBOARD_DUE_SOON_DAYS}::int))::int AS due_soon,
    (count(*) FILTER (WHERE mc.held_on IS NULL AND mc.end_date >= ${asOf}::date AND mc.due < ${asOf}::date))::int AS overdue,
    (count(*) FILTER (WHERE ${inWindow}))::int AS due_12m,
    (count(*) FILTER (WHERE ${inWindow} AND mc.held_on <= mc.due))::int AS on_time_12m,
    (count(*) FILTER (WHERE ${inWindow} AND mc.held_on > mc.due))::int AS late_12m`;
}

export interface MeetingMonthRow {
  month: string;
  due: number;
  on_time: number;
  rate: number | null;
  /** The department's totals, the same on every row. */
  due_soon: number;
  overdue: number;
  due_12m: number;
  on_time_12m: number;
  late_12m: number;
  rate_12m: number | null;
}

/**
 * The meeting figures in one statement: per month of the 12, the meetings due in it (due date
 * passed) and held on time, with the rate; and on every row the totals (due soon, overdue, on time
 * and late in the 12 months, the 12-month rate).
 */
export function meetingMonths(tx: Tx, tenantId: string, unitId: string, asOf: string) {
  return tx.$queryRaw<MeetingMonthRow[]>`
    WITH ${meetingCoursesSql(tenantId, Prisma.sql`c.unit_id = ${unitId}::uuid`, asOf)},
    tot AS (SELECT ${meetingMeasures(asOf)} FROM mc),
    months AS (
      SELECT generate_series(${monthsFrom(asOf)}, ${monthOf(asOf)}, interval '1 month')::date AS ms
    ),
    agg AS (
      SELECT months.ms, count(mc.due)::int AS due, (count(*) FILTER (WHERE mc.held_on <= mc.due))::int AS on_time
        FROM months
        LEFT JOIN mc ON mc.due >= months.ms AND mc.due < (months.ms + interval '1 month')::date
                    AND mc.due < ${asOf}::date
       GROUP BY months.ms
    )
    SELECT to_char(agg.ms, 'YYYY-MM') AS month, agg.due, agg.on_time,
           round(agg.on_time * 100.0 / NULLIF(agg.due, 0), 1)::float8 AS rate,
           tot.*, round(tot.on_time_12m * 100.0 / NULLIF(tot.due_12m, 0), 1)::float8 AS rate_12m
      FROM agg CROSS JOIN tot
     ORDER BY agg.ms`;
}

// ---------------------------------------------------------------------------------------------
// Supervision and feedback

export interface WeekRow {
  week: string;
  week_start: Date;
  supervision: number;
  feedback: number;
}

/** Supervision and feedback records of the department's courses per ISO week (the 12 up to asOf). */
export function activityWeeks(tx: Tx, tenantId: string, unitId: string, asOf: string) {
  const first = weeksFrom(asOf);
  return tx.$queryRaw<WeekRow[]>`
    WITH wk AS (
      SELECT generate_series(${first}, ${weekOf(asOf)}, interval '1 week')::date AS ws
    ),
    cs AS (
      SELECT c.id FROM course c
       WHERE c.tenant_id = ${tenantId}::uuid AND c.unit_id = ${unitId}::uuid AND c.cancelled_at IS NULL
         AND c.start_date <= ${asOf}::date
    ),
    s AS (
      SELECT date_trunc('week', s.occurred_on::timestamp)::date AS ws, count(*)::int AS n
        FROM cs JOIN supervision_record s ON s.tenant_id = ${tenantId}::uuid AND s.course_id = cs.id
       WHERE s.occurred_on BETWEEN ${first} AND ${asOf}::date
       GROUP BY 1
    ),
    f AS (
      SELECT date_trunc('week', f.given_on::timestamp)::date AS ws, count(*)::int AS n
        FROM cs JOIN feedback_record f ON f.tenant_id = ${tenantId}::uuid AND f.course_id = cs.id
       WHERE f.given_on BETWEEN ${first} AND ${asOf}::date
       GROUP BY 1
    )
    SELECT to_char(wk.ws, 'IYYY-"W"IW') AS week, wk.ws AS week_start,
           COALESCE(s.n, 0) AS supervision, COALESCE(f.n, 0) AS feedback
      FROM wk LEFT JOIN s ON s.ws = wk.ws LEFT JOIN f ON f.ws = wk.ws
     ORDER BY wk.ws`;
}

export interface WithoutFeedbackRow {
  course_id: string;
  trainee_id: string;
  trainee_name: string;
  track: string;
  last_feedback_on: Date | null;
  n: number;
}

/**
 * Active courses lacking feedback at asOf — the supervision module's rule (lacksFeedback): the
 * course started on or before asOf − 28 days and has no feedback after that day. Longest silent first.
 */
export function withoutFeedback(tx: Tx, tenantId: string, unitId: string, asOf: string) {
  return tx.$queryRaw<WithoutFeedbackRow[]>`
    SELECT c.id::text AS course_id, c.trainee_id::text, u.name AS trainee_name, c.track,
           lf.last_feedback_on, count(*) OVER ()::int AS n
      FROM course c
      JOIN app_user u ON u.tenant_id = c.tenant_id AND u.id = c.trainee_id
      CROSS JOIN LATERAL (
        SELECT max(f.given_on) AS last_feedback_on FROM feedback_record f
         WHERE f.tenant_id = c.tenant_id AND f.course_id = c.id AND f.given_on <= ${asOf}::date
      ) lf
     WHERE c.tenant_id = ${tenantId}::uuid AND c.unit_id = ${unitId}::uuid AND ${activeAt(asOf)}
       AND c.start_date <= ${silenceSince(asOf)}
       AND (lf.last_feedback_on IS NULL OR lf.last_feedback_on <= ${silenceSince(asOf)})
     ORDER BY lf.last_feedback_on ASC NULLS FIRST, u.name, c.id
     LIMIT ${DASHBOARD_LIST_MAX}`;
}

// ---------------------------------------------------------------------------------------------
// Education bodies, function descriptions, role holders

/** Open action items per TEAM / FORUM body of the department. */
export function openActionItems(tx: Tx, tenantId: string, unitId: string) {
  return tx.$queryRaw<{ body_id: string; n: number }[]>`
    SELECT b.id::text AS body_id, count(a.id)::int AS n
      FROM education_body b
      JOIN education_meeting m ON m.tenant_id = b.tenant_id AND m.body_id = b.id
      JOIN education_action_item a ON a.tenant_id = m.tenant_id AND a.meeting_id = m.id AND a.done_at IS NULL
     WHERE b.tenant_id = ${tenantId}::uuid AND b.unit_id = ${unitId}::uuid AND b.kind IN ('TEAM', 'FORUM')
     GROUP BY b.id`;
}

export interface RoleHolderRow {
  assignment_id: string;
  user_id: string;
  user_name: string;
  role: string;
  since: Date;
  is_new: boolean;
  mentor_id: string | null;
  mentor_name: string | null;
}

/**
 * The SQL of "new holder" (mentors.ts newHolders): an assignment that started within the last
 * NEW_HOLDER_MONTHS, for someone who did not hold the role before then.
 */
const isNewSql = (asOf: string) => Prisma.sql`(
  ra.valid_from > ${asOf}::date - make_interval(months => ${NEW_HOLDER_MONTHS})
  AND NOT EXISTS (
    SELECT 1 FROM role_assignment p
     WHERE p.tenant_id = ra.tenant_id AND p.user_id = ra.user_id AND p.role = ra.role
       AND p.valid_from <= ${asOf}::date - make_interval(months => ${NEW_HOLDER_MONTHS})))`;

/** Current UAO/UKS/UKYL of the department (active users), new or not, with their mentor. */
export function roleHolders(tx: Tx, tenantId: string, unitId: string, asOf: string) {
  return tx.$queryRaw<RoleHolderRow[]>`
    SELECT ra.id::text AS assignment_id, u.id::text AS user_id, u.name AS user_name, ra.role,
           ra.valid_from AS since, ${isNewSql(asOf)} AS is_new,
           mu.id::text AS mentor_id, mu.name AS mentor_name
      FROM role_assignment ra
      JOIN app_user u ON u.tenant_id = ra.tenant_id AND u.id = ra.user_id AND u.deactivated_at IS NULL
      LEFT JOIN mentorship m ON m.tenant_id = ra.tenant_id AND m.mentee_assignment_id = ra.id
      LEFT JOIN app_user mu ON mu.tenant_id = m.tenant_id AND mu.id = m.mentor_user_id
     WHERE ra.tenant_id = ${tenantId}::uuid AND ra.scope_unit_id = ${unitId}::uuid
       AND ra.role IN ('UAO', 'UKS', 'UKYL')
       AND ra.valid_from <= ${asOf}::date AND (ra.valid_to IS NULL OR ra.valid_to >= ${asOf}::date)
     ORDER BY CASE ra.role WHEN 'UAO' THEN 1 WHEN 'UKS' THEN 2 ELSE 3 END, u.name, ra.id`;
}

/** For the competences module's progress SQL: courses active at asOf in the hospital's open departments. */
export function departmentsOfHospitalFilter(hospitalId: string, asOf: string): Prisma.Sql {
  return Prisma.sql`c.unit_id IN (
      SELECT d.id FROM org_unit d
       WHERE d.tenant_id = c.tenant_id AND d.parent_id = ${hospitalId}::uuid
         AND d.kind = 'DEPARTMENT' AND d.closed_at IS NULL)
    AND c.start_date <= ${asOf}::date AND c.end_date >= ${asOf}::date`;
}

// ---------------------------------------------------------------------------------------------
// Hospital view: every measure GROUP BY department, in one statement

export interface ComparisonRow {
  unit_id: string;
  unit_name: string;
  trainees_now: number;
  meetings_overdue: number;
  on_time_rate: number | null;
  feedback_per_trainee: number | null;
  without_feedback: number;
  bodies_working: boolean | null;
  local_fds_approved: number;
  new_without_mentor: number;
}

/**
 * The open departments of a hospital side by side. Each CTE is one measure grouped by
 * department over all of them (never one query per department); the same rules as the
 * department dashboard. `now` judges the education bodies (their cadence window, as
 * education-bodies listBodyStatus).
 */
export function hospitalComparison(tx: Tx, tenantId: string, hospitalId: string, asOf: string, now: Date) {
  const since = silenceSince(asOf);
  return tx.$queryRaw<ComparisonRow[]>`
    WITH depts AS (
      SELECT d.id, d.name FROM org_unit d
       WHERE d.tenant_id = ${tenantId}::uuid AND d.parent_id = ${hospitalId}::uuid
         AND d.kind = 'DEPARTMENT' AND d.closed_at IS NULL
    ),
    active AS (
      -- Per course two index probes on feedback_record (tenant_id, course_id, given_on DESC …):
      -- the last date (a single backward step) and the count in the 4 weeks (a short range).
      SELECT c.unit_id, count(*)::int AS trainees,
             sum((SELECT count(*) FROM feedback_record f
                   WHERE f.tenant_id = c.tenant_id AND f.course_id = c.id
                     AND f.given_on > ${since} AND f.given_on <= ${asOf}::date))::int AS feedback_4w,
             (count(*) FILTER (WHERE c.start_date <= ${since} AND NOT EXISTS (
                SELECT 1 FROM feedback_record f
                 WHERE f.tenant_id = c.tenant_id AND f.course_id = c.id
                   AND f.given_on > ${since} AND f.given_on <= ${asOf}::date)))::int AS without_feedback
        FROM depts d
        JOIN course c ON c.tenant_id = ${tenantId}::uuid AND c.unit_id = d.id
       WHERE ${activeAt(asOf)}
       GROUP BY c.unit_id
    ),
    ${meetingCoursesSql(tenantId, Prisma.sql`c.unit_id = ANY(ARRAY(SELECT id FROM depts))`, asOf)},
    meetings AS (SELECT mc.unit_id, ${meetingMeasures(asOf)} FROM mc GROUP BY mc.unit_id),
    bodies AS (
      SELECT b.unit_id,
             bool_and(lh.last_held_at IS NOT NULL AND lh.last_held_at +
               (CASE b.cadence_unit WHEN 'MONTH' THEN make_interval(months => b.cadence_value)
                                    ELSE make_interval(days => b.cadence_value) END)
               + make_interval(days => ${WORKING_GRACE_DAYS}::int) >= ${now}::timestamptz) AS working
        FROM education_body b
        CROSS JOIN LATERAL (
          SELECT max(m.starts_at) AS last_held_at FROM education_meeting m
           WHERE m.tenant_id = b.tenant_id AND m.body_id = b.id AND m.status = 'HELD'
             AND m.starts_at <= ${now}::timestamptz
        ) lh
       WHERE b.tenant_id = ${tenantId}::uuid AND b.unit_id IN (SELECT id FROM depts) AND b.kind IN ('TEAM', 'FORUM')
       GROUP BY b.unit_id
    ),
    fds AS (
      SELECT l.unit_id, count(*)::int AS approved FROM local_fd l
       WHERE l.tenant_id = ${tenantId}::uuid AND l.unit_id IN (SELECT id FROM depts)
         AND l.role IN ('UAO', 'UKS', 'UKYL') AND l.status IN ('APPROVED', 'IMPLEMENTED')
       GROUP BY l.unit_id
    ),
    holders AS (
      SELECT ra.scope_unit_id AS unit_id, count(*)::int AS without_mentor
        FROM role_assignment ra
        JOIN app_user u ON u.tenant_id = ra.tenant_id AND u.id = ra.user_id AND u.deactivated_at IS NULL
       WHERE ra.tenant_id = ${tenantId}::uuid AND ra.scope_unit_id IN (SELECT id FROM depts)
         AND ra.role IN ('UAO', 'UKS', 'UKYL')
         AND ra.valid_from <= ${asOf}::date AND (ra.valid_to IS NULL OR ra.valid_to >= ${asOf}::date)
         AND ${isNewSql(asOf)}
         AND NOT EXISTS (SELECT 1 FROM mentorship m WHERE m.tenant_id = ra.tenant_id AND m.mentee_assignment_id = ra.id)
       GROUP BY ra.scope_unit_id
    )
    SELECT d.id::text AS unit_id, d.name AS unit_name,
           COALESCE(a.trainees, 0) AS trainees_now,
           COALESCE(mt.overdue, 0) AS meetings_overdue,
           round(mt.on_time_12m * 100.0 / NULLIF(mt.due_12m, 0), 1)::float8 AS on_time_rate,
           round(a.feedback_4w::numeric / NULLIF(a.trainees, 0), 2)::float8 AS feedback_per_trainee,
           COALESCE(a.without_feedback, 0) AS without_feedback,
           b.working AS bodies_working,
           COALESCE(fds.approved, 0) AS local_fds_approved,
           COALESCE(h.without_mentor, 0) AS new_without_mentor
      FROM depts d
      LEFT JOIN active a ON a.unit_id = d.id
      LEFT JOIN meetings mt ON mt.unit_id = d.id
      LEFT JOIN bodies b ON b.unit_id = d.id
      LEFT JOIN fds ON fds.unit_id = d.id
      LEFT JOIN holders h ON h.unit_id = d.id
     ORDER BY d.name, d.id`;
}
