import { Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../../lib/db.js';

const toDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export interface DueRow {
  id: string;
  department_id: string;
  department_name: string;
  hospital_id: string | null;
  hospital_name: string | null;
  joined_on: string;
  clinical_lecturers: string | null;
  version: number;
  last_visit_id: string | null;
  last_visit_on: string | null;
  planned_visit_id: string | null;
  planned_visit_on: string | null;
  due_on: string;
  status: 'OVERDUE' | 'DUE_SOON' | 'LATER';
}

/**
 * The due list of a GP area, computed in SQL: per linked (open) department the latest HELD
 * department visit organised by the area, the next PLANNED one, the due date (3 years after the
 * last held visit, else after the day the department joined; PostgreSQL's date + interval, so
 * 29 Feb + 3 years = 28 Feb) and the status against `today`. `linkId` narrows to one link.
 */
export function dueList(tx: Tx, tenantId: string, areaId: string, today: string, linkId: string | null = null) {
  return tx.$queryRaw<DueRow[]>(Prisma.sql`
    WITH last AS (
      SELECT DISTINCT ON (a.department_id) a.department_id, a.id, a.starts_on
        FROM activity a
       WHERE a.tenant_id = ${tenantId}::uuid AND a.hospital_id = ${areaId}::uuid
         AND a.kind = 'DEPARTMENT_VISIT' AND a.state = 'HELD'
       ORDER BY a.department_id, a.starts_on DESC, a.id
    ), planned AS (
      SELECT DISTINCT ON (a.department_id) a.department_id, a.id, a.starts_on
        FROM activity a
       WHERE a.tenant_id = ${tenantId}::uuid AND a.hospital_id = ${areaId}::uuid
         AND a.kind = 'DEPARTMENT_VISIT' AND a.state = 'PLANNED'
       ORDER BY a.department_id, (a.starts_on < ${today}::date), a.starts_on, a.id
    ), due AS (
      SELECT l.id, l.department_id, d.name AS department_name, h.id AS hospital_id, h.name AS hospital_name,
             l.joined_on, l.clinical_lecturers, l.version,
             last.id AS last_visit_id, last.starts_on AS last_visit_on,
             planned.id AS planned_visit_id, planned.starts_on AS planned_visit_on,
             (COALESCE(last.starts_on, l.joined_on) + interval '3 years')::date AS due_on
        FROM gp_training_department l
        JOIN org_unit d ON d.tenant_id = l.tenant_id AND d.id = l.department_id
        LEFT JOIN org_unit h ON h.tenant_id = d.tenant_id AND h.id = d.parent_id
        LEFT JOIN last ON last.department_id = l.department_id
        LEFT JOIN planned ON planned.department_id = l.department_id
       WHERE l.tenant_id = ${tenantId}::uuid AND l.gp_area_id = ${areaId}::uuid AND d.closed_at IS NULL
         AND (${linkId}::uuid IS NULL OR l.id = ${linkId}::uuid)
    )
    SELECT id::text, department_id::text, department_name, hospital_id::text, hospital_name,
           to_char(joined_on, 'YYYY-MM-DD') AS joined_on, clinical_lecturers, version,
           last_visit_id::text, to_char(last_visit_on, 'YYYY-MM-DD') AS last_visit_on,
           planned_visit_id::text, to_char(planned_visit_on, 'YYYY-MM-DD') AS planned_visit_on,
           to_char(due_on, 'YYYY-MM-DD') AS due_on,
           CASE WHEN due_on < ${today}::date THEN 'OVERDUE'
                WHEN due_on <= (${today}::date + interval '6 months')::date THEN 'DUE_SOON'
                ELSE 'LATER' END AS status
      FROM due
     ORDER BY CASE WHEN due_on < ${today}::date THEN 0
                   WHEN due_on <= (${today}::date + interval '6 months')::date THEN 1 ELSE 2 END,
              due_on, department_name, id`);
}

/** Open departments of the tenant not yet linked to the area, with their hospital, by hospital and name. */
export function linkableDepartments(tx: Tx, tenantId: string, areaId: string) {
  return tx.$queryRaw<{ id: string; name: string; hospital_id: string | null; hospital_name: string | null }[]>`
    SELECT d.id::text, d.name, h.id::text AS hospital_id, h.name AS hospital_name
      FROM org_unit d
      LEFT JOIN org_unit h ON h.tenant_id = d.tenant_id AND h.id = d.parent_id
     WHERE d.tenant_id = ${tenantId}::uuid AND d.kind = 'DEPARTMENT' AND d.closed_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM gp_training_department l
                        WHERE l.tenant_id = ${tenantId}::uuid AND l.gp_area_id = ${areaId}::uuid
                          AND l.department_id = d.id)
     ORDER BY h.name NULLS LAST, d.name, d.id`;
}

export function findDepartment(tx: Tx, tenantId: string, id: string) {
  return tx.orgUnit.findFirst({ where: { tenantId, id, closedAt: null }, select: { id: true, kind: true } });
}

export function findLink(tx: Tx, tenantId: string, areaId: string, id: string) {
  return tx.gpTrainingDepartment.findFirst({
    where: { tenantId, gpAreaId: areaId, id },
    select: { id: true, departmentId: true, version: true, joinedOn: true, clinicalLecturers: true, updatedAt: true },
  });
}

export function findLinkByDepartment(tx: Tx, tenantId: string, areaId: string, departmentId: string) {
  return tx.gpTrainingDepartment.findFirst({
    where: { tenantId, gpAreaId: areaId, departmentId },
    select: { id: true },
  });
}

export async function createLink(
  tx: Tx,
  tenantId: string,
  areaId: string,
  d: { departmentId: string; joinedOn: string; clinicalLecturers: string | null },
) {
  const row = await tx.gpTrainingDepartment.create({
    data: {
      tenantId,
      gpAreaId: areaId,
      departmentId: d.departmentId,
      joinedOn: toDate(d.joinedOn),
      clinicalLecturers: d.clinicalLecturers || null,
    },
    select: { id: true },
  });
  return row.id;
}

/** Updates when `version` is still current; false otherwise (the caller answers 409). */
export async function updateLink(
  tx: Tx,
  tenantId: string,
  areaId: string,
  id: string,
  version: number,
  d: { joinedOn: string; clinicalLecturers: string | null },
) {
  const r = await tx.gpTrainingDepartment.updateMany({
    where: { tenantId, gpAreaId: areaId, id, version },
    data: { joinedOn: toDate(d.joinedOn), clinicalLecturers: d.clinicalLecturers || null, version: { increment: 1 } },
  });
  return r.count === 1;
}

/** Removes the link when `version` is current and the area holds no visit to the department. */
export async function deleteLink(tx: Tx, tenantId: string, areaId: string, id: string, version: number) {
  const r = await tx.gpTrainingDepartment.deleteMany({ where: { tenantId, gpAreaId: areaId, id, version } });
  return r.count === 1;
}

export function countVisits(tx: Tx, tenantId: string, areaId: string, departmentId: string) {
  return tx.activity.count({
    where: { tenantId, hospitalId: areaId, departmentId, kind: 'DEPARTMENT_VISIT', state: { not: 'CANCELLED' } },
  });
}
