import {
  attainmentPercent,
  COMPUTED_INDICATORS,
  FEEDBACK_SILENCE_DAYS,
  NEW_HOLDER_MONTHS,
  VISIT_INTERVAL_YEARS,
  WORKING_GRACE_DAYS,
  type ComputedIndicatorKey,
  type IndicatorResult,
} from '@portal/contracts';
import { Prisma } from '../../generated/prisma/client.js';
import type { AuthedCtx } from '../../lib/route.js';

/**
 * The computed strategy indicators (issue 5): one SQL aggregate per key in COMPUTED_INDICATORS
 * (packages/contracts/src/strategy-rules.ts), for many scopes at once (GROUP BY scope, so that a
 * dashboard with 300 departments makes one query per key, not 300) and one period. This is the
 * interface the strategy module, the department dashboard and the snapshots call; the indicators
 * module implements it. The caller decides which units the viewer may see; the figures are counts
 * (no personal data).
 *
 * A scope is a unit and every unit below it (a hospital counts everything in its departments), or
 * the whole tenant (null). Each key is defined by one "facts" statement (`factsSql`): one row per
 * thing counted, with the unit it counts for (`unit_id`), its contribution to the numerator
 * (`num`) and to the denominator (`den`). `computeIndicator` joins the facts to the scopes asked
 * and sums per scope; the drill-down (`indicator-records.ts`) lists the same facts for one scope,
 * so the figure and its records cannot disagree.
 *
 * Definitions (period [from, to], inclusive ISO dates; "today" is the Danish date):
 * - MEETINGS_ON_TIME (%): courses not cancelled whose expectation-meeting due date
 *   (`expectation_meeting_due(track, start_date, end_date)`) falls in [from, min(to, today)];
 *   numerator = those whose meeting was held (expectation_meeting.held_on set) on or before the due
 *   date. Counted for the course's managing unit (course.unit_id). null when none was due.
 * - WORKING_EDUCATION_BODIES (%): departments (kind DEPARTMENT, open at the end of `to`) in scope;
 *   numerator = those having both an education TEAM and a FORUM that are "working" at the end of
 *   `to` by the education-bodies rule (`listBodyStatus`): the last meeting marked HELD that started
 *   by then, plus the body's cadence plus WORKING_GRACE_DAYS, reaches that moment.
 * - LOCAL_FD_APPROVED (%): department × role (UAO, UKS, UKYL) for open departments of open
 *   hospitals (the cells of the function-descriptions overview, `localFdStatusCounts`, without the
 *   hospitals' AP-UKYL); numerator = cells whose local function description is APPROVED or
 *   IMPLEMENTED (signed by UAO and department head). The current state: independent of the period.
 * - NEW_ROLE_HOLDERS_WITH_MENTOR (%) / _WITHOUT_MENTOR (count): the mentors module's "new
 *   holders" judged at `to` instead of today: UAO/UKS/UKYL assignments in force at `to` that
 *   started in the NEW_HOLDER_MONTHS (12) months up to `to`, of someone who did not hold the role
 *   before then (not deactivated); with = a mentorship is recorded for the assignment. Counted for
 *   the assignment's department.
 * - SUPERVISORS_TRAINED (count): distinct people (portal users, or externals by e-mail) who
 *   attended (registered, attendance recorded yes) a HELD SUPERVISOR_COURSE activity that started
 *   in [from, to]. Counted for the activity's hospital; region-wide activities (no hospital) count
 *   only for the whole tenant. A department has none of its own (see HOSPITAL_LEVEL_INDICATORS).
 * - TRAINED_FACILITATORS (count): distinct people who at `to` are current members with function
 *   FACILITATOR of a NETWORK education body of the scope (networks belong to a hospital).
 * - FEEDBACK_PER_TRAINEE_MONTH (number, 2 decimals): feedback records given in [from, to] on
 *   courses (not cancelled) overlapping the period / trainee-months, where a course contributes one
 *   trainee-month per calendar month in which it runs at least one day of the period. Integer
 *   denominator; value = numerator / denominator. null when no course overlaps.
 * - TRAINEES_WITHOUT_FEEDBACK_4W (count): courses (not cancelled) running at `to` that started at
 *   least FEEDBACK_SILENCE_DAYS (28) days before `to` and have no feedback record given in
 *   (to − 28 days, to] — the supervision module's "no feedback in 4 weeks" flag judged at `to`.
 * - TRAINEES_WITH_EDUCATION_PLAN (%): courses (not cancelled) running at `to`; numerator = those
 *   with an education plan having at least one version saved by the end of `to`.
 * - GP_DEPARTMENT_VISITS_ON_TIME (%): hospital departments (open at `to`) linked to a GP area's
 *   general-practice training with a joined date on or before `to`; numerator = those whose visit
 *   is not overdue at `to`: the latest HELD DEPARTMENT_VISIT organised by a GP area the department
 *   is linked to that took place by `to` (else the earliest joined date) plus VISIT_INTERVAL_YEARS
 *   (3) is on or after `to` (the due-list rule of the gp-visits module). Counted for the department.
 * - GPS_IN_GROUP (%): GPs of the register active at `to` (settled on or before `to` or no date,
 *   not left by `to`); numerator = those with a membership covering `to` (joined ≤ to, not left by
 *   to) of a group active at `to` (started ≤ to, not closed by to). Counted for the GP's practice,
 *   so a GP area and the region get figures (see cme-groups.repository.ts for the same rules).
 * - TUTOR_PRACTICES_APPROVED_PROGRAMME (%): tutor practices at `to` (a practice with an approved
 *   tutor doctor in practice and not past re-approval at `to`); numerator = those whose education
 *   programme has an approved version not past its re-approval date at `to`. Counted for the
 *   practice (tutor-practices module).
 * "Trainees" are courses: a trainee with two courses running counts twice.
 */
export interface IndicatorScopes {
  /**
   * Hospitals or departments (a hospital counts everything in its departments); null = the whole
   * tenant (region). One result per entry, in the same order.
   */
  unitIds: readonly (string | null)[];
  /** ISO dates, inclusive. */
  from: string;
  to: string;
}

/** Stands for "no unit" (region-wide activities); only the tenant scope contains it. */
export const NO_UNIT = '00000000-0000-0000-0000-000000000000';

/** How a key's facts are summed: rows (`sum` of num/den) or distinct people. */
type Aggregate = 'sum' | 'distinct';
/** Which permission a drill-down row needs: course rows, people rows, or none (department rows). */
export type RecordAccess = 'course' | 'person' | 'none';

export interface KeySpec {
  aggregate: Aggregate;
  access: RecordAccess;
  /** ORDER BY of the drill-down (columns of the facts). */
  order: Prisma.Sql;
}

export const KEY_SPECS: Record<ComputedIndicatorKey, KeySpec> = {
  MEETINGS_ON_TIME: { aggregate: 'sum', access: 'course', order: Prisma.sql`counted, due_on, person_name, rkey` },
  WORKING_EDUCATION_BODIES: { aggregate: 'sum', access: 'none', order: Prisma.sql`counted, unit_name, rkey` },
  LOCAL_FD_APPROVED: { aggregate: 'sum', access: 'none', order: Prisma.sql`unit_name, sort_no, rkey` },
  NEW_ROLE_HOLDERS_WITH_MENTOR: {
    aggregate: 'sum',
    access: 'person',
    order: Prisma.sql`counted, started_on DESC, person_name, rkey`,
  },
  NEW_ROLE_HOLDERS_WITHOUT_MENTOR: {
    aggregate: 'sum',
    access: 'person',
    order: Prisma.sql`started_on DESC, person_name, rkey`,
  },
  SUPERVISORS_TRAINED: { aggregate: 'distinct', access: 'person', order: Prisma.sql`activity_on, person_name, rkey` },
  TRAINED_FACILITATORS: { aggregate: 'distinct', access: 'person', order: Prisma.sql`person_name, rkey` },
  FEEDBACK_PER_TRAINEE_MONTH: {
    aggregate: 'sum',
    access: 'course',
    order: Prisma.sql`feedback_count, person_name, rkey`,
  },
  TRAINEES_WITHOUT_FEEDBACK_4W: {
    aggregate: 'sum',
    access: 'course',
    order: Prisma.sql`last_feedback_on NULLS FIRST, person_name, rkey`,
  },
  TRAINEES_WITH_EDUCATION_PLAN: {
    aggregate: 'sum',
    access: 'course',
    order: Prisma.sql`counted, person_name, rkey`,
  },
  GP_DEPARTMENT_VISITS_ON_TIME: {
    aggregate: 'sum',
    access: 'none',
    order: Prisma.sql`counted, due_on, unit_name, rkey`,
  },
  GPS_IN_GROUP: { aggregate: 'sum', access: 'none', order: Prisma.sql`counted, unit_name, person_name, rkey` },
  TUTOR_PRACTICES_APPROVED_PROGRAMME: { aggregate: 'sum', access: 'none', order: Prisma.sql`counted, unit_name, rkey` },
};

export interface FactParams {
  tenantId: string;
  from: string;
  to: string;
  today: string;
  /**
   * A condition on a fact's unit column limiting the facts to the units of the scopes asked
   * (`col IN (SELECT unit_id FROM sub)`), so that a department's figure reads only its own
   * courses instead of the tenant's; default: no limit.
   */
  inScope?: (unitCol: Prisma.Sql) => Prisma.Sql;
  /**
   * The scopes cover most of the tenant (the region, or many units): count feedback in one pass
   * over the period's records (index feedback_record_tenant_id_given_on_course_id_idx) instead of one
   * index probe per course, which is faster for thousands of courses and slower for a few.
   */
  wide?: boolean;
}

/** The facts limited to the units of the `sub` CTE of `scopesSql`. */
export const inSub = (unitCol: Prisma.Sql) => Prisma.sql`${unitCol} IN (SELECT unit_id FROM sub)`;

const day = (col: Prisma.Sql) => Prisma.sql`to_char(${col}, 'YYYY-MM-DD')`;
/** A moment as a Danish date. */
const danishDay = (col: Prisma.Sql) => Prisma.sql`to_char(${col} AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM-DD')`;

/**
 * The facts of one key. Every statement has: unit_id (the unit the row counts for), num, den,
 * person (text, for distinct counts), rkey (the record's key), and the record columns named as in
 * indicatorRecordSchema (snake_case). tenant_id is in every predicate.
 */
export function factsSql(key: ComputedIndicatorKey, p: FactParams): Prisma.Sql {
  const T = Prisma.sql`${p.tenantId}::uuid`;
  const scoped = p.inScope ?? (() => Prisma.sql`TRUE`);
  const from = Prisma.sql`${p.from}::date`;
  const to = Prisma.sql`${p.to}::date`;
  // The end of `to` in Denmark, and the last moment of it (timestamps have millisecond precision).
  const endOfTo = Prisma.sql`((${p.to}::date + 1)::timestamp AT TIME ZONE 'Europe/Copenhagen')`;
  const atTo = Prisma.sql`(${endOfTo} - interval '1 millisecond')`;
  const courseCols = Prisma.sql`c.id AS course_id, c.trainee_id AS person_id, tu.name AS person_name,
      ou.name AS unit_name, c.track`;
  const courseJoins = Prisma.sql`
      LEFT JOIN app_user tu ON tu.tenant_id = c.tenant_id AND tu.id = c.trainee_id
      LEFT JOIN org_unit ou ON ou.tenant_id = c.tenant_id AND ou.id = c.unit_id`;
  const runningAtTo = Prisma.sql`c.tenant_id = ${T} AND c.cancelled_at IS NULL
      AND c.start_date <= ${to} AND c.end_date >= ${to} AND ${scoped(Prisma.sql`c.unit_id`)}`;

  switch (key) {
    case 'MEETINGS_ON_TIME': {
      const due = Prisma.sql`expectation_meeting_due(c.track, c.start_date, c.end_date)`;
      const last = Prisma.sql`LEAST(${to}, ${p.today}::date)`;
      // The due date is computed once per course (the SQL function is not inlined); the range on
      // it can use the expression index course_meeting_due_idx.
      return Prisma.sql`
        SELECT c.unit_id, c.id::text AS rkey, NULL::text AS person, ${courseCols},
               ${day(Prisma.sql`c.due`)} AS due_on, ${day(Prisma.sql`em.held_on`)} AS held_on,
               COALESCE(em.held_on <= c.due, false) AS counted,
               (CASE WHEN em.held_on <= c.due THEN 1 ELSE 0 END) AS num, 1 AS den
          FROM (SELECT c.*, ${due} AS due FROM course c
                 WHERE c.tenant_id = ${T} AND c.cancelled_at IS NULL
                   AND ${due} BETWEEN ${from} AND ${last}
                   AND ${scoped(Prisma.sql`c.unit_id`)}
                OFFSET 0) c
          LEFT JOIN expectation_meeting em ON em.tenant_id = c.tenant_id AND em.course_id = c.id
          ${courseJoins}`;
    }
    case 'WORKING_EDUCATION_BODIES': {
      const body = (kind: string) => Prisma.sql`
        LEFT JOIN LATERAL (
          SELECT x.last_held, COALESCE(x.last_held, x.created_at) + x.win AS due_by,
                 (x.last_held IS NOT NULL AND x.last_held + x.win >= ${atTo}) AS working
            FROM (SELECT b.created_at,
                         (CASE b.cadence_unit WHEN 'MONTH' THEN make_interval(months => b.cadence_value)
                                              ELSE make_interval(days => b.cadence_value) END)
                           + make_interval(days => ${WORKING_GRACE_DAYS}::int) AS win,
                         (SELECT max(m.starts_at) FROM education_meeting m
                           WHERE m.tenant_id = b.tenant_id AND m.body_id = b.id AND m.status = 'HELD'
                             AND m.starts_at <= ${atTo}) AS last_held
                    FROM education_body b
                   WHERE b.tenant_id = d.tenant_id AND b.unit_id = d.id AND b.kind = ${kind}) x
           ORDER BY working DESC, x.last_held DESC NULLS LAST
           LIMIT 1) ${Prisma.raw(kind === 'TEAM' ? 'tm' : 'fm')} ON true`;
      return Prisma.sql`
        SELECT d.id AS unit_id, d.id::text AS rkey, NULL::text AS person, d.name AS unit_name,
               ${danishDay(Prisma.sql`tm.last_held`)} AS team_last_held_on, ${danishDay(Prisma.sql`tm.due_by`)} AS team_due_on,
               ${danishDay(Prisma.sql`fm.last_held`)} AS forum_last_held_on, ${danishDay(Prisma.sql`fm.due_by`)} AS forum_due_on,
               COALESCE(tm.working AND fm.working, false) AS counted,
               (CASE WHEN tm.working AND fm.working THEN 1 ELSE 0 END) AS num, 1 AS den
          FROM org_unit d
          ${body('TEAM')}
          ${body('FORUM')}
         WHERE d.tenant_id = ${T} AND d.kind = 'DEPARTMENT'
           AND (d.closed_at IS NULL OR d.closed_at > ${atTo}) AND ${scoped(Prisma.sql`d.id`)}`;
    }
    case 'LOCAL_FD_APPROVED':
      return Prisma.sql`
        SELECT d.id AS unit_id, d.id::text || ':' || r.role AS rkey, NULL::text AS person, d.name AS unit_name,
               r.role, r.sort_no, COALESCE(l.status, 'MISSING') AS status,
               COALESCE(l.status IN ('APPROVED', 'IMPLEMENTED'), false) AS counted,
               (CASE WHEN l.status IN ('APPROVED', 'IMPLEMENTED') THEN 1 ELSE 0 END) AS num, 1 AS den
          FROM org_unit h
          JOIN org_unit d ON d.tenant_id = h.tenant_id AND d.parent_id = h.id
                         AND d.kind = 'DEPARTMENT' AND d.closed_at IS NULL
         CROSS JOIN unnest(ARRAY['UAO', 'UKS', 'UKYL']) WITH ORDINALITY AS r(role, sort_no)
          LEFT JOIN local_fd l ON l.tenant_id = d.tenant_id AND l.unit_id = d.id AND l.role = r.role
         WHERE h.tenant_id = ${T} AND h.kind = 'HOSPITAL' AND h.closed_at IS NULL AND ${scoped(Prisma.sql`d.id`)}`;
    case 'NEW_ROLE_HOLDERS_WITH_MENTOR':
    case 'NEW_ROLE_HOLDERS_WITHOUT_MENTOR': {
      const without = key === 'NEW_ROLE_HOLDERS_WITHOUT_MENTOR';
      return Prisma.sql`
        SELECT ra.scope_unit_id AS unit_id, ra.id::text AS rkey, NULL::text AS person,
               u.id AS person_id, u.name AS person_name, ou.name AS unit_name, ra.role,
               ${day(Prisma.sql`ra.valid_from`)} AS started_on, mu.name AS mentor_name,
               (m.id IS NOT NULL) AS counted,
               ${without ? Prisma.sql`1` : Prisma.sql`(CASE WHEN m.id IS NOT NULL THEN 1 ELSE 0 END)`} AS num,
               ${without ? Prisma.sql`0` : Prisma.sql`1`} AS den
          FROM role_assignment ra
          JOIN app_user u ON u.tenant_id = ra.tenant_id AND u.id = ra.user_id AND u.deactivated_at IS NULL
          LEFT JOIN org_unit ou ON ou.tenant_id = ra.tenant_id AND ou.id = ra.scope_unit_id
          LEFT JOIN mentorship m ON m.tenant_id = ra.tenant_id AND m.mentee_assignment_id = ra.id
          LEFT JOIN app_user mu ON mu.tenant_id = m.tenant_id AND mu.id = m.mentor_user_id
         WHERE ra.tenant_id = ${T}
           AND ra.role IN ('UAO', 'UKS', 'UKYL')
           AND ra.valid_from <= ${to}
           AND ra.valid_from > ${to} - make_interval(months => ${NEW_HOLDER_MONTHS}::int)
           AND (ra.valid_to IS NULL OR ra.valid_to >= ${to})
           AND NOT EXISTS (
             SELECT 1 FROM role_assignment pr
              WHERE pr.tenant_id = ra.tenant_id AND pr.user_id = ra.user_id AND pr.role = ra.role
                AND pr.valid_from <= ${to} - make_interval(months => ${NEW_HOLDER_MONTHS}::int))
           AND ${scoped(Prisma.sql`ra.scope_unit_id`)}
           ${without ? Prisma.sql`AND m.id IS NULL` : Prisma.empty}`;
    }
    case 'SUPERVISORS_TRAINED':
      return Prisma.sql`
        SELECT COALESCE(a.hospital_id, ${NO_UNIT}::uuid) AS unit_id,
               COALESCE(r.user_id::text, 'ext:' || lower(r.external_email)) AS person,
               COALESCE(r.user_id::text, 'ext:' || lower(r.external_email)) AS rkey,
               r.user_id AS person_id, COALESCE(u.name, r.external_name) AS person_name,
               h.name AS unit_name, a.title, ${day(Prisma.sql`a.starts_on`)} AS activity_on,
               1 AS num, 0 AS den
          FROM activity a
          JOIN activity_registration r ON r.tenant_id = a.tenant_id AND r.activity_id = a.id
          LEFT JOIN app_user u ON u.tenant_id = r.tenant_id AND u.id = r.user_id
          LEFT JOIN org_unit h ON h.tenant_id = a.tenant_id AND h.id = a.hospital_id
         WHERE a.tenant_id = ${T} AND a.kind = 'SUPERVISOR_COURSE' AND a.state = 'HELD'
           AND a.starts_on BETWEEN ${from} AND ${to}
           AND r.status = 'REGISTERED' AND r.attended = true
           AND ${scoped(Prisma.sql`COALESCE(a.hospital_id, ${NO_UNIT}::uuid)`)}`;
    case 'TRAINED_FACILITATORS':
      return Prisma.sql`
        SELECT b.unit_id, bm.user_id::text AS person, bm.user_id::text AS rkey,
               bm.user_id AS person_id, u.name AS person_name, ou.name AS unit_name, b.name AS title,
               ${day(Prisma.sql`bm.start_date`)} AS started_on, 1 AS num, 0 AS den
          FROM education_body b
          JOIN education_body_member bm ON bm.tenant_id = b.tenant_id AND bm.body_id = b.id
           AND bm.function = 'FACILITATOR'
           AND bm.start_date <= ${to} AND (bm.end_date IS NULL OR bm.end_date >= ${to})
          LEFT JOIN app_user u ON u.tenant_id = bm.tenant_id AND u.id = bm.user_id
          LEFT JOIN org_unit ou ON ou.tenant_id = b.tenant_id AND ou.id = b.unit_id
         WHERE b.tenant_id = ${T} AND b.kind = 'NETWORK' AND ${scoped(Prisma.sql`b.unit_id`)}`;
    case 'FEEDBACK_PER_TRAINEE_MONTH': {
      const s = Prisma.sql`GREATEST(c.start_date, ${from})`;
      const e = Prisma.sql`LEAST(c.end_date, ${to})`;
      const months = Prisma.sql`((extract(year FROM ${e}) - extract(year FROM ${s})) * 12
                                 + extract(month FROM ${e}) - extract(month FROM ${s}) + 1)::int`;
      const feedback = p.wide
        ? Prisma.sql`LEFT JOIN (
            SELECT f.course_id, count(*)::int AS n FROM feedback_record f
             WHERE f.tenant_id = ${T} AND f.given_on BETWEEN ${from} AND ${to}
             GROUP BY f.course_id) fb ON fb.course_id = c.id`
        : Prisma.sql`LEFT JOIN LATERAL (
            SELECT count(*)::int AS n FROM feedback_record f
             WHERE f.tenant_id = c.tenant_id AND f.course_id = c.id AND f.given_on BETWEEN ${from} AND ${to}) fb ON true`;
      return Prisma.sql`
        SELECT c.unit_id, c.id::text AS rkey, NULL::text AS person, ${courseCols},
               ${day(Prisma.sql`c.start_date`)} AS started_on,
               COALESCE(fb.n, 0) AS feedback_count, ${months} AS trainee_months, NULL::boolean AS counted,
               COALESCE(fb.n, 0) AS num, ${months} AS den
          FROM course c
          ${feedback}
          ${courseJoins}
         WHERE c.tenant_id = ${T} AND c.cancelled_at IS NULL
           AND c.start_date <= ${to} AND c.end_date >= ${from} AND ${scoped(Prisma.sql`c.unit_id`)}`;
    }
    case 'TRAINEES_WITHOUT_FEEDBACK_4W':
      return Prisma.sql`
        SELECT c.unit_id, c.id::text AS rkey, NULL::text AS person, ${courseCols},
               ${day(Prisma.sql`c.start_date`)} AS started_on, ${day(Prisma.sql`lf.last_on`)} AS last_feedback_on,
               1 AS num, 0 AS den
          FROM course c
         CROSS JOIN LATERAL (
           SELECT max(f.given_on) AS last_on FROM feedback_record f
            WHERE f.tenant_id = c.tenant_id AND f.course_id = c.id AND f.given_on <= ${to}) lf
          ${courseJoins}
         WHERE ${runningAtTo}
           AND c.start_date <= ${to} - ${FEEDBACK_SILENCE_DAYS}::int
           AND (lf.last_on IS NULL OR lf.last_on <= ${to} - ${FEEDBACK_SILENCE_DAYS}::int)`;
    case 'TRAINEES_WITH_EDUCATION_PLAN':
      return Prisma.sql`
        SELECT c.unit_id, c.id::text AS rkey, NULL::text AS person, ${courseCols},
               ${day(Prisma.sql`c.start_date`)} AS started_on, pl.has_plan AS counted,
               (CASE WHEN pl.has_plan THEN 1 ELSE 0 END) AS num, 1 AS den
          FROM course c
         CROSS JOIN LATERAL (
           SELECT EXISTS (
             SELECT 1 FROM education_plan ep
               JOIN education_plan_version v ON v.tenant_id = ep.tenant_id AND v.plan_id = ep.id
              WHERE ep.tenant_id = c.tenant_id AND ep.course_id = c.id AND v.created_at < ${endOfTo}) AS has_plan) pl
          ${courseJoins}
         WHERE ${runningAtTo}`;
    case 'GP_DEPARTMENT_VISITS_ON_TIME':
      return Prisma.sql`
        SELECT d.id AS unit_id, d.id::text AS rkey, NULL::text AS person, d.name AS unit_name,
               ${day(Prisma.sql`g.joined_on`)} AS started_on, ${day(Prisma.sql`v.last_on`)} AS held_on,
               ${day(Prisma.sql`g.due_on`)} AS due_on, (g.due_on >= ${to}) AS counted,
               (CASE WHEN g.due_on >= ${to} THEN 1 ELSE 0 END) AS num, 1 AS den
          FROM org_unit d
         CROSS JOIN LATERAL (
           SELECT min(l.joined_on) AS joined_on FROM gp_training_department l
            WHERE l.tenant_id = d.tenant_id AND l.department_id = d.id AND l.joined_on <= ${to}) j
         CROSS JOIN LATERAL (
           SELECT max(a.starts_on) AS last_on FROM activity a
             JOIN gp_training_department l ON l.tenant_id = a.tenant_id AND l.gp_area_id = a.hospital_id
                                          AND l.department_id = a.department_id
            WHERE a.tenant_id = d.tenant_id AND a.department_id = d.id AND a.kind = 'DEPARTMENT_VISIT'
              AND a.state = 'HELD' AND a.starts_on <= ${to}) v
         CROSS JOIN LATERAL (
           SELECT j.joined_on,
                  (COALESCE(v.last_on, j.joined_on) + make_interval(years => ${VISIT_INTERVAL_YEARS}::int))::date AS due_on) g
         WHERE d.tenant_id = ${T} AND d.kind = 'DEPARTMENT' AND j.joined_on IS NOT NULL
           AND (d.closed_at IS NULL OR d.closed_at > ${atTo}) AND ${scoped(Prisma.sql`d.id`)}`;
    case 'GPS_IN_GROUP':
      return Prisma.sql`
        SELECT gp.practice_id AS unit_id, gp.id::text AS rkey, NULL::text AS person,
               gp.name AS person_name, pr.name AS unit_name, ${day(Prisma.sql`gp.settled_on`)} AS started_on,
               cov.covered AS counted, (CASE WHEN cov.covered THEN 1 ELSE 0 END) AS num, 1 AS den
          FROM general_practitioner gp
          JOIN org_unit pr ON pr.tenant_id = gp.tenant_id AND pr.id = gp.practice_id
         CROSS JOIN LATERAL (
           SELECT EXISTS (
             SELECT 1 FROM cme_group_member m
               JOIN cme_group g ON g.tenant_id = m.tenant_id AND g.id = m.group_id
              WHERE m.tenant_id = gp.tenant_id AND m.gp_id = gp.id
                AND m.joined_on <= ${to} AND (m.left_on IS NULL OR m.left_on > ${to})
                AND g.started_on <= ${to} AND (g.closed_on IS NULL OR g.closed_on > ${to})) AS covered) cov
         WHERE gp.tenant_id = ${T}
           AND (gp.settled_on IS NULL OR gp.settled_on <= ${to}) AND (gp.left_on IS NULL OR gp.left_on > ${to})
           AND ${scoped(Prisma.sql`gp.practice_id`)}`;
    case 'TUTOR_PRACTICES_APPROVED_PROGRAMME':
      // A tutor practice at `to`: an open practice with a tutor doctor approved by `to`, in practice
      // at `to` and not past re-approval. Counted when its programme has a version approved by `to`
      // whose re-approval date is not before `to`.
      return Prisma.sql`
        SELECT p.id AS unit_id, p.id::text AS rkey, NULL::text AS person, p.name AS unit_name,
               ${day(Prisma.sql`pv.due_on`)} AS due_on,
               (CASE WHEN pv.due_on IS NULL THEN 'MISSING' WHEN pv.due_on < ${to} THEN 'OVERDUE' ELSE 'APPROVED' END) AS status,
               COALESCE(pv.due_on >= ${to}, false) AS counted,
               (CASE WHEN pv.due_on >= ${to} THEN 1 ELSE 0 END) AS num, 1 AS den
          FROM org_unit p
         CROSS JOIN LATERAL (
           SELECT max(v.reapproval_due_on) AS due_on FROM education_programme_version v
            WHERE v.tenant_id = p.tenant_id AND v.practice_id = p.id AND v.approved_on <= ${to}) pv
         WHERE p.tenant_id = ${T} AND p.kind = 'PRACTICE'
           AND (p.closed_at IS NULL OR p.closed_at > ${atTo}) AND ${scoped(Prisma.sql`p.id`)}
           AND EXISTS (
             SELECT 1 FROM tutor_doctor td
               JOIN general_practitioner g ON g.tenant_id = td.tenant_id AND g.id = td.gp_id
              WHERE td.tenant_id = p.tenant_id AND g.practice_id = p.id AND td.decision = 'APPROVED'
                AND td.decided_on <= ${to} AND td.reapproval_due_on >= ${to}
                AND (g.left_on IS NULL OR g.left_on > ${to}))`;
  }
}

/**
 * The scopes asked, as `asked(ord, uid)` (uid null = tenant) and `sub(ord, unit_id)`: each asked
 * unit with every unit below it (recursive), the tenant scope with every unit and NO_UNIT. Starts
 * a `WITH RECURSIVE` list.
 */
export function scopesSql(tenantId: string, unitIds: readonly (string | null)[]): Prisma.Sql {
  const T = Prisma.sql`${tenantId}::uuid`;
  const ids = unitIds.map((u) => u ?? '');
  return Prisma.sql`RECURSIVE asked AS (
      SELECT a.ord::int AS ord, NULLIF(a.uid, '')::uuid AS uid
        FROM unnest(${ids}::text[]) WITH ORDINALITY AS a(uid, ord)
    ), sub(ord, unit_id) AS (
      SELECT a.ord, u.id FROM asked a JOIN org_unit u ON u.tenant_id = ${T} AND u.id = a.uid
      UNION ALL
      SELECT a.ord, u.id FROM asked a JOIN org_unit u ON u.tenant_id = ${T} AND u.parent_id IS NULL
       WHERE a.uid IS NULL
      UNION ALL
      SELECT a.ord, ${NO_UNIT}::uuid FROM asked a WHERE a.uid IS NULL
      UNION ALL
      SELECT s.ord, c.id FROM sub s JOIN org_unit c ON c.tenant_id = ${T} AND c.parent_id = s.unit_id
    )`;
}

/** The value of a key from its numerator and denominator (the rules of the value types). */
export function indicatorValue(
  key: ComputedIndicatorKey,
  num: number,
  den: number,
): { value: number | null; denominator: number | null } {
  const { valueType } = COMPUTED_INDICATORS[key];
  if (valueType === 'COUNT') return { value: num, denominator: null };
  if (valueType === 'PERCENT') return { value: attainmentPercent(num, den), denominator: den };
  return { value: den > 0 ? Math.round((num * 100) / den) / 100 : null, denominator: den };
}

/** More scopes than this (or the region) are counted as "wide" (see FactParams.wide). */
const WIDE_SCOPES = 20;

/**
 * The one grouped statement of `computeIndicator`: per asked scope (in order, column `ord`) the
 * numerator `num` and denominator `den`. Exported so that benchmarks can run the same SQL raw
 * (`.sql` and `.values` of the Prisma.Sql).
 */
export function indicatorSql(
  tenantId: string,
  key: ComputedIndicatorKey,
  scopes: IndicatorScopes,
  today: string,
): Prisma.Sql {
  const wide = scopes.unitIds.includes(null) || scopes.unitIds.length > WIDE_SCOPES;
  const facts = factsSql(key, { tenantId, from: scopes.from, to: scopes.to, today, inScope: inSub, wide });
  const agg =
    KEY_SPECS[key].aggregate === 'distinct'
      ? Prisma.sql`count(DISTINCT f.person)::int AS num, 0 AS den`
      : Prisma.sql`COALESCE(sum(f.num), 0)::int AS num, COALESCE(sum(f.den), 0)::int AS den`;
  return Prisma.sql`
    WITH ${scopesSql(tenantId, scopes.unitIds)}, f AS (${facts})
    SELECT a.ord, COALESCE(x.num, 0)::int AS num, COALESCE(x.den, 0)::int AS den
      FROM asked a
      LEFT JOIN (SELECT s.ord, ${agg} FROM sub s JOIN f ON f.unit_id = s.unit_id GROUP BY s.ord) x ON x.ord = a.ord
     ORDER BY a.ord`;
}

export async function computeIndicator(
  ctx: Pick<AuthedCtx, 'tx' | 'tenantId'>,
  key: ComputedIndicatorKey,
  scopes: IndicatorScopes,
  opts: { today?: string } = {},
): Promise<IndicatorResult[]> {
  if (scopes.unitIds.length === 0) return [];
  const today = opts.today ?? new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  const rows = await ctx.tx.$queryRaw<{ ord: number; num: number; den: number }[]>(
    indicatorSql(ctx.tenantId, key, scopes, today),
  );
  const { valueType } = COMPUTED_INDICATORS[key];
  return rows.map((r, i) => ({
    key,
    unitId: scopes.unitIds[i] ?? null,
    from: scopes.from,
    to: scopes.to,
    valueType,
    numerator: r.num,
    ...indicatorValue(key, r.num, r.den),
  }));
}
