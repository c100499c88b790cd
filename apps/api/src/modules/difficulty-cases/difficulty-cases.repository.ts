import { todayInDenmark } from '@portal/contracts';
import type { Tx } from '../../lib/db.js';

/** Queries of the case module; `tenantId` in every where. Who may read is decided in case-readers.ts. */

const person = { select: { id: true, name: true } } as const;

export function listDetails(tx: Tx, tenantId: string, ids: string[]) {
  return tx.difficultyCase.findMany({
    where: { tenantId, id: { in: ids } },
    select: {
      id: true,
      courseId: true,
      state: true,
      openedOn: true,
      closedOn: true,
      course: { select: { trainee: person, unit: person } },
    },
  });
}

export function caseDetail(tx: Tx, tenantId: string, id: string) {
  return tx.difficultyCase.findFirst({
    where: { tenantId, id },
    select: {
      id: true,
      cause: true,
      description: true,
      openedOn: true,
      openedBy: person,
      state: true,
      closedOn: true,
      closingSummary: true,
      version: true,
      course: {
        select: { id: true, track: true, startDate: true, endDate: true, unit: person, trainee: person },
      },
    },
  });
}

/** The course as the opening needs it, and whether the caller is its department's UAO or its hovedvejleder. */
export async function courseForOpening(tx: Tx, tenantId: string, courseId: string, userId: string) {
  const today = todayInDenmark();
  const rows = await tx.$queryRaw<{ cancelled: boolean; start_date: Date; is_uao: boolean; is_main: boolean }[]>`
    SELECT c.cancelled_at IS NOT NULL AS cancelled, c.start_date,
           EXISTS (SELECT 1 FROM role_assignment ra
                    WHERE ra.tenant_id = c.tenant_id AND ra.user_id = ${userId}::uuid AND ra.role = 'UAO'
                      AND ra.scope_unit_id = c.unit_id AND ra.valid_from <= ${today}::date
                      AND (ra.valid_to IS NULL OR ra.valid_to >= ${today}::date)) AS is_uao,
           EXISTS (SELECT 1 FROM course_supervisor cs
                    WHERE cs.tenant_id = c.tenant_id AND cs.course_id = c.id
                      AND cs.supervisor_id = ${userId}::uuid AND cs.is_main) AS is_main
      FROM course c
     WHERE c.tenant_id = ${tenantId}::uuid AND c.id = ${courseId}::uuid`;
  return rows[0] ?? null;
}

export function openCaseOnCourse(tx: Tx, tenantId: string, courseId: string) {
  return tx.difficultyCase.findFirst({ where: { tenantId, courseId, state: 'OPEN' }, select: { id: true } });
}

export function createCase(
  tx: Tx,
  tenantId: string,
  d: { courseId: string; cause: string; description: string; openedOn: Date; openedById: string },
) {
  return tx.difficultyCase.create({ data: { tenantId, ...d }, select: { id: true } });
}

const planSelect = {
  id: true,
  version: true,
  meetingDate: true,
  participants: true,
  goals: true,
  actions: true,
  support: true,
  followUpDates: true,
  author: person,
  createdAt: true,
} as const;

export function planVersions(tx: Tx, tenantId: string, caseId: string) {
  return tx.difficultyCasePlan.findMany({
    where: { tenantId, caseId },
    orderBy: { version: 'desc' },
    select: planSelect,
  });
}

export async function latestPlanVersion(tx: Tx, tenantId: string, caseId: string): Promise<number> {
  const r = await tx.difficultyCasePlan.aggregate({ where: { tenantId, caseId }, _max: { version: true } });
  return r._max.version ?? 0;
}

export function createPlan(
  tx: Tx,
  tenantId: string,
  d: {
    caseId: string;
    version: number;
    meetingDate: Date;
    participants: string[];
    goals: string;
    actions: string;
    support: string;
    followUpDates: Date[];
    authorId: string;
  },
) {
  return tx.difficultyCasePlan.create({ data: { tenantId, ...d }, select: planSelect });
}

const noteSelect = { id: true, writtenOn: true, author: person, text: true, createdAt: true } as const;

export function notes(tx: Tx, tenantId: string, caseId: string) {
  return tx.difficultyCaseNote.findMany({
    where: { tenantId, caseId },
    orderBy: [{ writtenOn: 'desc' }, { createdAt: 'desc' }],
    select: noteSelect,
  });
}

export function createNote(
  tx: Tx,
  tenantId: string,
  d: { caseId: string; writtenOn: Date; text: string; authorId: string },
) {
  return tx.difficultyCaseNote.create({ data: { tenantId, ...d }, select: noteSelect });
}

/**
 * The readers by role, now: the trainee, the department's UAOs and cheflæger (assignments in
 * force today on the department) and the hovedvejleder(e). Mirrors the rule in case-readers.ts.
 */
export function automaticReaders(tx: Tx, tenantId: string, caseId: string) {
  const today = todayInDenmark();
  return tx.$queryRaw<{ id: string; name: string; kind: 'TRAINEE' | 'UAO' | 'MAIN_SUPERVISOR' | 'DEPARTMENT_HEAD' }[]>`
    WITH cc AS (
      SELECT c.tenant_id, c.id, c.trainee_id, c.unit_id FROM difficulty_case dc
        JOIN course c ON c.tenant_id = dc.tenant_id AND c.id = dc.course_id
       WHERE dc.tenant_id = ${tenantId}::uuid AND dc.id = ${caseId}::uuid
    )
    SELECT u.id::text, u.name, x.kind FROM (
      SELECT cc.trainee_id AS user_id, 'TRAINEE' AS kind, 1 AS o FROM cc
      UNION ALL
      SELECT ra.user_id, ra.role, CASE ra.role WHEN 'UAO' THEN 2 ELSE 4 END FROM cc
        JOIN role_assignment ra ON ra.tenant_id = cc.tenant_id AND ra.scope_unit_id = cc.unit_id
       WHERE ra.role IN ('UAO', 'DEPARTMENT_HEAD') AND ra.valid_from <= ${today}::date
         AND (ra.valid_to IS NULL OR ra.valid_to >= ${today}::date)
      UNION ALL
      SELECT cs.supervisor_id, 'MAIN_SUPERVISOR', 3 FROM cc
        JOIN course_supervisor cs ON cs.tenant_id = cc.tenant_id AND cs.course_id = cc.id AND cs.is_main
    ) x
    JOIN app_user u ON u.tenant_id = ${tenantId}::uuid AND u.id = x.user_id AND u.deactivated_at IS NULL
    GROUP BY u.id, u.name, x.kind, x.o
    ORDER BY x.o, u.name`;
}

export function addedReaders(tx: Tx, tenantId: string, caseId: string) {
  return tx.difficultyCaseReader.findMany({
    where: { tenantId, caseId, removedAt: null },
    orderBy: { addedAt: 'asc' },
    select: { id: true, user: person, reason: true, addedBy: person, addedAt: true },
  });
}

export function userByEmail(tx: Tx, tenantId: string, email: string) {
  return tx.user.findFirst({ where: { tenantId, email, deactivatedAt: null }, select: { id: true } });
}

export function currentReaderEntry(tx: Tx, tenantId: string, caseId: string, userId: string) {
  return tx.difficultyCaseReader.findFirst({
    where: { tenantId, caseId, userId, removedAt: null },
    select: { id: true },
  });
}

export function addReader(
  tx: Tx,
  tenantId: string,
  d: { caseId: string; userId: string; reason: string; addedById: string },
) {
  return tx.difficultyCaseReader.create({ data: { tenantId, ...d }, select: { id: true } });
}

export function readerEntry(tx: Tx, tenantId: string, caseId: string, id: string) {
  return tx.difficultyCaseReader.findFirst({
    where: { tenantId, caseId, id, removedAt: null },
    select: { id: true, userId: true },
  });
}

export function removeReader(tx: Tx, tenantId: string, id: string) {
  return tx.difficultyCaseReader.updateMany({
    where: { tenantId, id, removedAt: null },
    data: { removedAt: new Date() },
  });
}

/** Closes the case if `version` is current; returns the number of rows changed (0 = stale). */
export async function closeCase(
  tx: Tx,
  tenantId: string,
  id: string,
  d: { version: number; closedOn: Date; closingSummary: string },
): Promise<number> {
  const r = await tx.difficultyCase.updateMany({
    where: { tenantId, id, version: d.version, state: 'OPEN' },
    data: { state: 'CLOSED', closedOn: d.closedOn, closingSummary: d.closingSummary, version: { increment: 1 } },
  });
  return r.count;
}

/** Who read or wrote the case and when: its audit events, newest first (at most 500). */
export function accessLog(tx: Tx, tenantId: string, caseId: string) {
  return tx.$queryRaw<
    { at: Date; actor_id: string | null; actor_name: string | null; action: string; part: string | null }[]
  >`
    SELECT a.at, a.actor_id::text, u.name AS actor_name, a.action, a.data->>'part' AS part
      FROM audit_event a
      LEFT JOIN app_user u ON u.tenant_id = a.tenant_id AND u.id = a.actor_id
     WHERE a.tenant_id = ${tenantId}::uuid AND a.entity_type = 'difficulty-case' AND a.entity_id = ${caseId}
     ORDER BY a.at DESC, a.id DESC
     LIMIT 500`;
}

/**
 * Cases open at `asOf` per department (opened on or before, not closed by then): counts only, for
 * the department dashboard and the hospital comparison; no names, no ids of cases.
 */
export async function openCaseCounts(
  tx: Tx,
  tenantId: string,
  unitIds: string[],
  asOf: string,
): Promise<Map<string, number>> {
  const rows = await tx.$queryRaw<{ unit_id: string; n: number }[]>`
    SELECT c.unit_id::text, count(*)::int AS n
      FROM difficulty_case dc JOIN course c ON c.tenant_id = dc.tenant_id AND c.id = dc.course_id
     WHERE dc.tenant_id = ${tenantId}::uuid AND c.unit_id = ANY(${unitIds}::uuid[])
       AND dc.opened_on <= ${asOf}::date AND (dc.closed_on IS NULL OR dc.closed_on > ${asOf}::date)
     GROUP BY c.unit_id`;
  return new Map(rows.map((r) => [r.unit_id, r.n]));
}
