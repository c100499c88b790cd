import { GP_UPCOMING_MONTHS } from '@portal/contracts';
import { Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../../lib/db.js';

/**
 * Queries of the AMU's workspace. Every statement has tenant_id in its WHERE; the service has
 * checked that the area is in the caller's scope. Aggregates are SQL, not loops.
 */

export const toDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
export const isoOf = (d: Date) => d.toISOString().slice(0, 10);

// ---------------------------------------------------------------------------------------------
// Trainees in general practice

/**
 * One row per course (not cancelled) that is in general practice in one of `areaIds`: managed by a
 * practice of the area, or with a placement at one. When a course has several such periods, the
 * current one wins, then the next to start, then the latest. Status: CURRENT (running today),
 * UPCOMING (starts within GP_UPCOMING_MONTHS), else null.
 */
function gpPeriods(tenantId: string, areaIds: readonly string[], today: string, courseId: string | null) {
  const courseFilter = courseId ? Prisma.sql`AND c.id = ${courseId}::uuid` : Prisma.empty;
  return Prisma.sql`
    pr AS (
      SELECT u.id, u.name, u.parent_id AS area_id FROM org_unit u
       WHERE u.tenant_id = ${tenantId}::uuid AND u.kind = 'PRACTICE' AND u.parent_id = ANY(${[...areaIds]}::uuid[])
    ),
    periods AS (
      SELECT c.id AS course_id, pr.area_id, pr.id AS practice_id, pr.name AS practice_name,
             c.start_date AS s, c.end_date AS e
        FROM course c JOIN pr ON pr.id = c.unit_id
       WHERE c.tenant_id = ${tenantId}::uuid AND c.cancelled_at IS NULL ${courseFilter}
      UNION ALL
      SELECT c.id, pr.area_id, pr.id, pr.name, p.start_date, p.end_date
        FROM course_placement p
        JOIN pr ON pr.id = p.unit_id
        JOIN course c ON c.tenant_id = p.tenant_id AND c.id = p.course_id
       WHERE p.tenant_id = ${tenantId}::uuid AND c.cancelled_at IS NULL ${courseFilter}
    ),
    gp AS (
      SELECT DISTINCT ON (course_id, area_id) course_id, area_id, practice_id, practice_name, s, e,
             CASE WHEN s <= ${today}::date AND e >= ${today}::date THEN 'CURRENT'
                  WHEN s > ${today}::date AND s <= (${today}::date + make_interval(months => ${GP_UPCOMING_MONTHS}::int))::date
                    THEN 'UPCOMING' END AS status
        FROM periods
       ORDER BY course_id, area_id,
                (s <= ${today}::date AND e >= ${today}::date) DESC, (s > ${today}::date) DESC,
                CASE WHEN s > ${today}::date THEN s END ASC, s DESC
    )`;
}

export interface TraineeRow {
  course_id: string;
  area_id: string;
  practice_id: string;
  practice_name: string;
  s: Date;
  e: Date;
  status: 'CURRENT' | 'UPCOMING' | null;
  trainee_id: string;
  trainee_name: string;
  trainee_email: string;
  track: 'KBU' | 'INTRODUCTION' | 'SPECIALIST';
  specialty_name: string | null;
  course_start: Date;
  course_end: Date;
  tutor_id: string | null;
  tutor_name: string | null;
}

/** Trainees of one area: the current and upcoming ones, or the one course `courseId` in any state. */
export function areaTrainees(tx: Tx, tenantId: string, areaId: string, today: string, courseId: string | null = null) {
  const onlyActive = courseId ? Prisma.empty : Prisma.sql`AND gp.status IS NOT NULL`;
  return tx.$queryRaw<TraineeRow[]>`
    WITH ${gpPeriods(tenantId, [areaId], today, courseId)}
    SELECT gp.course_id::text, gp.area_id::text, gp.practice_id::text, gp.practice_name, gp.s, gp.e, gp.status,
           t.id::text AS trainee_id, t.name AS trainee_name, t.email AS trainee_email,
           c.track, sp.name AS specialty_name, c.start_date AS course_start, c.end_date AS course_end,
           sup.id::text AS tutor_id, sup.name AS tutor_name
      FROM gp
      JOIN course c ON c.tenant_id = ${tenantId}::uuid AND c.id = gp.course_id
      JOIN app_user t ON t.tenant_id = c.tenant_id AND t.id = c.trainee_id
      LEFT JOIN specialty sp ON sp.tenant_id = c.tenant_id AND sp.id = c.specialty_id
      LEFT JOIN course_supervisor cs ON cs.tenant_id = c.tenant_id AND cs.course_id = c.id AND cs.is_main
      LEFT JOIN app_user sup ON sup.tenant_id = cs.tenant_id AND sup.id = cs.supervisor_id
     WHERE TRUE ${onlyActive}
     ORDER BY gp.status NULLS LAST, gp.s, t.name, gp.course_id`;
}

/** Current and upcoming trainee counts and practice counts per area. */
export function areaCounts(tx: Tx, tenantId: string, areaIds: readonly string[], today: string) {
  if (areaIds.length === 0) return Promise.resolve([]);
  return tx.$queryRaw<{ area_id: string; practices: number; current: number; upcoming: number }[]>`
    WITH ${gpPeriods(tenantId, areaIds, today, null)}
    SELECT a.id::text AS area_id,
           (SELECT count(*)::int FROM pr WHERE pr.area_id = a.id) AS practices,
           (SELECT count(*)::int FROM gp WHERE gp.area_id = a.id AND gp.status = 'CURRENT') AS current,
           (SELECT count(*)::int FROM gp WHERE gp.area_id = a.id AND gp.status = 'UPCOMING') AS upcoming
      FROM org_unit a
     WHERE a.tenant_id = ${tenantId}::uuid AND a.id = ANY(${[...areaIds]}::uuid[])`;
}

// ---------------------------------------------------------------------------------------------
// Hours

/**
 * The area's coordinators for `year` (a GP_COORDINATOR assignment on the area overlapping the
 * year), with their allotment and the hours they logged in the area that year.
 */
export function coordinatorHours(tx: Tx, tenantId: string, areaId: string, year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  return tx.$queryRaw<
    { user_id: string; name: string; allotted: number | null; version: number | null; quarters: number }[]
  >`
    SELECT u.id::text AS user_id, u.name, al.hours AS allotted, al.version,
           COALESCE((SELECT sum(te.quarters)::int FROM gp_time_entry te
                      WHERE te.tenant_id = u.tenant_id AND te.area_id = ${areaId}::uuid AND te.user_id = u.id
                        AND te.worked_on BETWEEN ${from}::date AND ${to}::date), 0) AS quarters
      FROM app_user u
      LEFT JOIN gp_hours_allotment al
        ON al.tenant_id = u.tenant_id AND al.area_id = ${areaId}::uuid AND al.user_id = u.id AND al.year = ${year}::int
     WHERE u.tenant_id = ${tenantId}::uuid
       AND EXISTS (SELECT 1 FROM role_assignment ra
                    WHERE ra.tenant_id = u.tenant_id AND ra.user_id = u.id AND ra.role = 'GP_COORDINATOR'
                      AND ra.scope_unit_id = ${areaId}::uuid
                      AND ra.valid_from <= ${to}::date AND (ra.valid_to IS NULL OR ra.valid_to >= ${from}::date))
     ORDER BY u.name, u.id`;
}

/** Hours per activity kind logged in the area in `year`, and the year's allotted total. */
export async function hoursSummary(tx: Tx, tenantId: string, areaId: string, year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const byKind = await tx.$queryRaw<{ kind: string; quarters: number; entries: number }[]>`
    SELECT te.kind, sum(te.quarters)::int AS quarters, count(*)::int AS entries
      FROM gp_time_entry te
     WHERE te.tenant_id = ${tenantId}::uuid AND te.area_id = ${areaId}::uuid
       AND te.worked_on BETWEEN ${from}::date AND ${to}::date
     GROUP BY te.kind`;
  const [allotted] = await tx.$queryRaw<{ hours: number }[]>`
    SELECT COALESCE(sum(al.hours), 0)::int AS hours FROM gp_hours_allotment al
     WHERE al.tenant_id = ${tenantId}::uuid AND al.area_id = ${areaId}::uuid AND al.year = ${year}::int`;
  return { byKind, allotted: allotted?.hours ?? 0 };
}

export const timeEntrySelect = {
  id: true,
  areaId: true,
  workedOn: true,
  kind: true,
  quarters: true,
  note: true,
  version: true,
  user: { select: { id: true, name: true } },
} as const;

export function listTimeEntries(tx: Tx, tenantId: string, areaId: string, year: number) {
  return tx.gpTimeEntry.findMany({
    where: { tenantId, areaId, workedOn: { gte: toDate(`${year}-01-01`), lte: toDate(`${year}-12-31`) } },
    select: timeEntrySelect,
    orderBy: [{ workedOn: 'desc' }, { createdAt: 'desc' }],
  });
}

export function findTimeEntry(tx: Tx, tenantId: string, areaId: string, id: string) {
  return tx.gpTimeEntry.findFirst({ where: { tenantId, areaId, id }, select: timeEntrySelect });
}

// ---------------------------------------------------------------------------------------------
// Contact log and difficulty notes

export const contactSelect = {
  id: true,
  contactOn: true,
  kind: true,
  note: true,
  createdAt: true,
  author: { select: { id: true, name: true } },
} as const;

export function listContacts(tx: Tx, tenantId: string, areaId: string, courseId: string) {
  return tx.gpTraineeContact.findMany({
    where: { tenantId, areaId, courseId },
    select: contactSelect,
    orderBy: [{ contactOn: 'desc' }, { createdAt: 'desc' }],
  });
}

export const difficultySelect = {
  id: true,
  handledWith: true,
  state: true,
  version: true,
  createdAt: true,
  openedBy: { select: { id: true, name: true } },
  entries: {
    select: { id: true, entryOn: true, text: true, createdAt: true, author: { select: { id: true, name: true } } },
    orderBy: [{ entryOn: 'desc' }, { createdAt: 'desc' }],
  },
} satisfies Prisma.GpDifficultyNoteSelect;

export function findDifficultyNote(tx: Tx, tenantId: string, areaId: string, courseId: string) {
  return tx.gpDifficultyNote.findFirst({ where: { tenantId, areaId, courseId }, select: difficultySelect });
}
