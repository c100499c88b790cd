import { Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../../lib/db.js';

/**
 * The list that applies to a course `c` (SQL, one place): same track, and — except for KBU, whose
 * list has no specialty — the same specialty; not retired; the newest if there are several.
 */
export const applicableListSql = Prisma.sql`(
  SELECT l.id FROM competence_list l
   WHERE l.tenant_id = c.tenant_id AND l.track = c.track AND l.retired_at IS NULL
     AND l.specialty_id IS NOT DISTINCT FROM (CASE WHEN c.track = 'KBU' THEN NULL ELSE c.specialty_id END)
   ORDER BY l.created_at DESC, l.id LIMIT 1)`;

const listSummarySelect = {
  id: true,
  track: true,
  name: true,
  sourceUrl: true,
  specialty: { select: { id: true, name: true } },
  _count: { select: { competences: true } },
} as const;

const competenceSelect = {
  id: true,
  code: true,
  title: true,
  description: true,
  doctorRoles: true,
  methods: true,
  sortOrder: true,
} as const;

export type ListSummaryRow = Prisma.CompetenceListGetPayload<{ select: typeof listSummarySelect }>;
export type CompetenceRow = Prisma.CompetenceGetPayload<{ select: typeof competenceSelect }>;

export function listLists(tx: Tx, tenantId: string): Promise<ListSummaryRow[]> {
  return tx.competenceList.findMany({
    where: { tenantId, retiredAt: null },
    select: listSummarySelect,
    orderBy: [{ track: 'asc' }, { name: 'asc' }],
  });
}

export async function getList(tx: Tx, tenantId: string, listId: string) {
  return tx.competenceList.findFirst({
    where: { tenantId, id: listId },
    select: {
      ...listSummarySelect,
      competences: { where: { tenantId }, select: competenceSelect, orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] },
    },
  });
}

export interface CourseHeaderRow {
  id: string;
  track: string;
  specialty: string | null;
  trainee_id: string;
  trainee_name: string;
  start_date: Date;
  end_date: Date;
  list_id: string | null;
}

export async function courseHeader(tx: Tx, tenantId: string, courseId: string): Promise<CourseHeaderRow | null> {
  const rows = await tx.$queryRaw<CourseHeaderRow[]>`
    SELECT c.id, c.track, s.name AS specialty, c.trainee_id, u.name AS trainee_name, c.start_date, c.end_date,
           ${applicableListSql} AS list_id
      FROM course c
      JOIN app_user u ON u.tenant_id = c.tenant_id AND u.id = c.trainee_id
      LEFT JOIN specialty s ON s.tenant_id = c.tenant_id AND s.id = c.specialty_id
     WHERE c.tenant_id = ${tenantId}::uuid AND c.id = ${courseId}::uuid`;
  return rows[0] ?? null;
}

export async function listSummary(tx: Tx, tenantId: string, listId: string): Promise<ListSummaryRow | null> {
  return tx.competenceList.findFirst({ where: { tenantId, id: listId }, select: listSummarySelect });
}

const statusSelect = {
  competenceId: true,
  status: true,
  approvedOn: true,
  approvedBy: { select: { id: true, name: true } },
  updatedAt: true,
  version: true,
} as const;
export type StatusRow = Prisma.CompetenceStatusGetPayload<{ select: typeof statusSelect }>;

export async function courseItems(tx: Tx, tenantId: string, courseId: string, listId: string) {
  const [competences, statuses] = await Promise.all([
    tx.competence.findMany({
      where: { tenantId, listId },
      select: competenceSelect,
      orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
    }),
    tx.competenceStatus.findMany({
      where: { tenantId, courseId, competence: { listId } },
      select: statusSelect,
    }),
  ]);
  return { competences, statuses };
}

export function findCompetence(tx: Tx, tenantId: string, competenceId: string) {
  return tx.competence.findFirst({ where: { tenantId, id: competenceId }, select: { id: true, listId: true } });
}

/** The status row, locked for the change (no row: never changed). */
export async function lockStatus(
  tx: Tx,
  tenantId: string,
  courseId: string,
  competenceId: string,
): Promise<{ id: string; status: string; approved_on: Date | null; version: number } | null> {
  const rows = await tx.$queryRaw<{ id: string; status: string; approved_on: Date | null; version: number }[]>`
    SELECT id, status, approved_on, version FROM competence_status
     WHERE tenant_id = ${tenantId}::uuid AND course_id = ${courseId}::uuid AND competence_id = ${competenceId}::uuid
       FOR UPDATE`;
  return rows[0] ?? null;
}

export async function insertStatus(
  tx: Tx,
  tenantId: string,
  v: { courseId: string; competenceId: string; status: string; approvedOn: Date | null; actorId: string },
) {
  await tx.competenceStatus.create({
    data: {
      tenantId,
      courseId: v.courseId,
      competenceId: v.competenceId,
      status: v.status,
      approvedOn: v.approvedOn,
      approvedById: v.approvedOn ? v.actorId : null,
      updatedById: v.actorId,
    },
    select: { id: true },
  });
}

/** Updates when the version still matches; false when someone else changed it meanwhile. */
export async function updateStatus(
  tx: Tx,
  tenantId: string,
  id: string,
  version: number,
  v: { status: string; approvedOn: Date | null; actorId: string },
): Promise<boolean> {
  const r = await tx.competenceStatus.updateMany({
    where: { tenantId, id, version },
    data: {
      status: v.status,
      approvedOn: v.approvedOn,
      approvedById: v.approvedOn ? v.actorId : null,
      updatedById: v.actorId,
      version: { increment: 1 },
    },
  });
  return r.count === 1;
}

export async function insertEvent(
  tx: Tx,
  tenantId: string,
  v: { courseId: string; competenceId: string; from: string; to: string; approvedOn: Date | null; actorId: string },
) {
  await tx.competenceStatusEvent.create({
    data: {
      tenantId,
      courseId: v.courseId,
      competenceId: v.competenceId,
      fromStatus: v.from,
      toStatus: v.to,
      approvedOn: v.approvedOn,
      actorId: v.actorId,
    },
    select: { id: true },
  });
}

export function listEvents(tx: Tx, tenantId: string, courseId: string) {
  return tx.competenceStatusEvent.findMany({
    where: { tenantId, courseId },
    select: {
      id: true,
      fromStatus: true,
      toStatus: true,
      approvedOn: true,
      createdAt: true,
      competence: { select: { id: true, code: true, title: true } },
      actor: { select: { id: true, name: true } },
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 500,
  });
}

export interface CourseProgressRow {
  course_id: string;
  trainee_id: string;
  trainee_name: string;
  track: string;
  specialty: string | null;
  start_date: Date;
  end_date: Date;
  total: number;
  in_progress: number;
  assessed: number;
  approved: number;
}

/**
 * Progress per course for the courses matching `filter` (SQL over `course c`): counts of the
 * competences of the applicable list by status, aggregated in the database.
 */
function perCourseSql(tenantId: string, filter: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH sel AS (
      SELECT c.id, c.tenant_id, c.unit_id, c.track, c.trainee_id, c.specialty_id, c.start_date, c.end_date,
             ${applicableListSql} AS list_id
        FROM course c
       WHERE c.tenant_id = ${tenantId}::uuid AND c.cancelled_at IS NULL AND (${filter})
    ),
    per_course AS (
      SELECT sel.id AS course_id,
             count(k.id)::int AS total,
             (count(*) FILTER (WHERE cs.status = 'IN_PROGRESS'))::int AS in_progress,
             (count(*) FILTER (WHERE cs.status = 'ASSESSED'))::int AS assessed,
             (count(*) FILTER (WHERE cs.status = 'APPROVED'))::int AS approved
        FROM sel
        LEFT JOIN competence k ON k.tenant_id = sel.tenant_id AND k.list_id = sel.list_id
        LEFT JOIN competence_status cs
               ON cs.tenant_id = sel.tenant_id AND cs.course_id = sel.id AND cs.competence_id = k.id
       GROUP BY sel.id
    )`;
}

export function courseProgress(tx: Tx, tenantId: string, filter: Prisma.Sql): Promise<CourseProgressRow[]> {
  return tx.$queryRaw<CourseProgressRow[]>`
    ${perCourseSql(tenantId, filter)}
    SELECT sel.id AS course_id, sel.trainee_id, u.name AS trainee_name, sel.track, s.name AS specialty,
           sel.start_date, sel.end_date, pc.total, pc.in_progress, pc.assessed, pc.approved
      FROM sel
      JOIN per_course pc ON pc.course_id = sel.id
      JOIN app_user u ON u.tenant_id = sel.tenant_id AND u.id = sel.trainee_id
      LEFT JOIN specialty s ON s.tenant_id = sel.tenant_id AND s.id = sel.specialty_id
     ORDER BY sel.track, u.name, sel.start_date`;
}

export interface TrackProgressRow {
  track: string;
  courses: number;
  total: number;
  in_progress: number;
  assessed: number;
  approved: number;
}

export function trackProgress(tx: Tx, tenantId: string, filter: Prisma.Sql): Promise<TrackProgressRow[]> {
  return tx.$queryRaw<TrackProgressRow[]>`
    ${perCourseSql(tenantId, filter)}
    SELECT sel.track, count(*)::int AS courses, sum(pc.total)::int AS total,
           sum(pc.in_progress)::int AS in_progress, sum(pc.assessed)::int AS assessed,
           sum(pc.approved)::int AS approved
      FROM sel JOIN per_course pc ON pc.course_id = sel.id
     GROUP BY sel.track
     ORDER BY CASE sel.track WHEN 'KBU' THEN 1 WHEN 'INTRODUCTION' THEN 2 ELSE 3 END`;
}

export interface UnitProgressRow {
  unit_id: string;
  courses: number;
  total: number;
  approved: number;
}

/**
 * Progress summed per managing unit (the hospital view of the department dashboard compares its
 * departments with one grouped statement, not one per department).
 */
export function unitProgress(tx: Tx, tenantId: string, filter: Prisma.Sql): Promise<UnitProgressRow[]> {
  return tx.$queryRaw<UnitProgressRow[]>`
    ${perCourseSql(tenantId, filter)}
    SELECT sel.unit_id::text AS unit_id, count(*)::int AS courses, sum(pc.total)::int AS total,
           sum(pc.approved)::int AS approved
      FROM sel JOIN per_course pc ON pc.course_id = sel.id
     GROUP BY sel.unit_id`;
}

/** Active in a department: managed by the unit, today between start and end. */
export function departmentFilter(unitId: string, today: string): Prisma.Sql {
  return Prisma.sql`c.unit_id = ${unitId}::uuid AND c.start_date <= ${today}::date AND c.end_date >= ${today}::date`;
}

/** The caller's own courses and the courses they supervise, not yet ended. */
export function mineFilter(userId: string, asTrainee: boolean, asSupervisor: boolean, today: string): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (asTrainee) parts.push(Prisma.sql`c.trainee_id = ${userId}::uuid`);
  if (asSupervisor)
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM course_supervisor cs2
      WHERE cs2.tenant_id = c.tenant_id AND cs2.course_id = c.id AND cs2.supervisor_id = ${userId}::uuid)`);
  if (parts.length === 0) return Prisma.sql`false`;
  return Prisma.sql`(${Prisma.join(parts, ' OR ')}) AND c.end_date >= ${today}::date`;
}

export function unitRef(tx: Tx, tenantId: string, unitId: string) {
  return tx.orgUnit.findFirst({ where: { tenantId, id: unitId }, select: { id: true, name: true } });
}
