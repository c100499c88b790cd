import type { Tx } from '../../lib/db.js';

/**
 * One import of a kind at a time per tenant (released at the end of the transaction): two
 * commits of the same file cannot both pass validation and write duplicates.
 */
export async function lockImports(tx: Tx, tenantId: string, kind: string): Promise<void> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`import:${tenantId}:${kind}`}))::text`;
}

/** Every unit of the tenant (a region has a few hundred): names resolve against these. */
export function listAllUnits(tx: Tx, tenantId: string) {
  return tx.orgUnit.findMany({
    where: { tenantId },
    select: { id: true, kind: true, name: true, shortName: true, parentId: true, closedAt: true },
  });
}

export function listSpecialties(tx: Tx, tenantId: string) {
  return tx.specialty.findMany({ where: { tenantId }, select: { id: true, name: true } });
}

// Lookups by thousands of keys are plain SQL with one array parameter (Prisma's `in` with 5,000
// values spends seconds building the query).

export async function findUsersByEmail(tx: Tx, tenantId: string, emails: string[]) {
  if (emails.length === 0) return [];
  return tx.$queryRaw<{ id: string; email: string; deactivatedAt: Date | null }[]>`
    SELECT id::text, email, deactivated_at AS "deactivatedAt" FROM app_user
     WHERE tenant_id = ${tenantId}::uuid AND email = ANY(${emails}::text[])`;
}

export async function findAssignmentsOf(tx: Tx, tenantId: string, userIds: string[]) {
  if (userIds.length === 0) return [];
  return tx.$queryRaw<
    { userId: string; role: string; scopeUnitId: string | null; validFrom: string; validTo: string | null }[]
  >`
    SELECT user_id::text AS "userId", role, scope_unit_id::text AS "scopeUnitId",
           valid_from::text AS "validFrom", valid_to::text AS "validTo"
      FROM role_assignment
     WHERE tenant_id = ${tenantId}::uuid AND user_id = ANY(${userIds}::uuid[])`;
}

// The inserts below are one statement each over arrays (unnest): Prisma's createMany with
// thousands of rows took seconds of query building, close to the request transaction's timeout.

export async function insertDepartments(
  tx: Tx,
  tenantId: string,
  rows: { id: string; name: string; shortName: string | null; parentId: string; specialtyId: string | null }[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO org_unit (id, tenant_id, kind, name, short_name, parent_id, specialty_id, updated_at)
    SELECT r.id, ${tenantId}::uuid, 'DEPARTMENT', r.name, r.short_name, r.parent_id, r.specialty_id, now()
      FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.name)}::text[],
                  ${rows.map((r) => r.shortName)}::text[], ${rows.map((r) => r.parentId)}::uuid[],
                  ${rows.map((r) => r.specialtyId)}::uuid[])
        AS r(id, name, short_name, parent_id, specialty_id)`;
}

export async function insertUsers(
  tx: Tx,
  tenantId: string,
  rows: { id: string; email: string; name: string; title: string | null }[],
): Promise<void> {
  if (rows.length === 0) return;
  // No password: the person sets one through an invitation or signs in through the region's IdP.
  await tx.$executeRaw`
    INSERT INTO app_user (id, tenant_id, email, name, title, updated_at)
    SELECT r.id, ${tenantId}::uuid, r.email, r.name, r.title, now()
      FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.email)}::text[],
                  ${rows.map((r) => r.name)}::text[], ${rows.map((r) => r.title)}::text[])
        AS r(id, email, name, title)`;
}

export async function insertAssignments(
  tx: Tx,
  tenantId: string,
  rows: {
    id: string;
    userId: string;
    role: string;
    scopeUnitId: string | null;
    validFrom: string;
    validTo: string | null;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO role_assignment (id, tenant_id, user_id, role, scope_unit_id, valid_from, valid_to)
    SELECT r.id, ${tenantId}::uuid, r.user_id, r.role, r.scope_unit_id, r.valid_from, r.valid_to
      FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.userId)}::uuid[],
                  ${rows.map((r) => r.role)}::text[], ${rows.map((r) => r.scopeUnitId)}::uuid[],
                  ${rows.map((r) => r.validFrom)}::date[], ${rows.map((r) => r.validTo)}::date[])
        AS r(id, user_id, role, scope_unit_id, valid_from, valid_to)`;
}

/** Many audit events in one statement, in the request's transaction (one per created record). */
export async function insertAuditEvents(
  tx: Tx,
  tenantId: string,
  actorId: string,
  meta: { ip: string | null; requestId: string | null },
  events: { action: string; entityType: string; entityId: string; data: Record<string, unknown> }[],
): Promise<void> {
  if (events.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO audit_event (tenant_id, actor_id, action, entity_type, entity_id, data, ip, request_id)
    SELECT ${tenantId}::uuid, ${actorId}::uuid, e.action, e.entity_type, e.entity_id, e.data::jsonb,
           ${meta.ip}, ${meta.requestId}
      FROM unnest(${events.map((e) => e.action)}::text[], ${events.map((e) => e.entityType)}::text[],
                  ${events.map((e) => e.entityId)}::text[], ${events.map((e) => JSON.stringify(e.data))}::text[])
        WITH ORDINALITY AS e(action, entity_type, entity_id, data, n)
     ORDER BY e.n`;
}

/** Courses of these trainees (not cancelled): an intake row naming one again is skipped. */
export async function findCoursesOf(tx: Tx, tenantId: string, userIds: string[]) {
  if (userIds.length === 0) return [];
  return tx.$queryRaw<{ traineeId: string; unitId: string; startDate: string }[]>`
    SELECT trainee_id::text AS "traineeId", unit_id::text AS "unitId", start_date::text AS "startDate"
      FROM course
     WHERE tenant_id = ${tenantId}::uuid AND trainee_id = ANY(${userIds}::uuid[]) AND cancelled_at IS NULL`;
}

/** Which of these people hold one of `roles` in which unit today (hovedvejleder eligibility). */
export async function findSupervisorHolders(
  tx: Tx,
  tenantId: string,
  userIds: string[],
  roles: string[],
  today: string,
) {
  if (userIds.length === 0) return [];
  return tx.$queryRaw<{ userId: string; unitId: string }[]>`
    SELECT DISTINCT user_id::text AS "userId", scope_unit_id::text AS "unitId"
      FROM role_assignment
     WHERE tenant_id = ${tenantId}::uuid AND user_id = ANY(${userIds}::uuid[]) AND role = ANY(${roles}::text[])
       AND scope_unit_id IS NOT NULL AND valid_from <= ${today}::date AND (valid_to IS NULL OR valid_to >= ${today}::date)`;
}

export async function insertCourses(
  tx: Tx,
  tenantId: string,
  rows: {
    id: string;
    traineeId: string;
    unitId: string;
    track: string;
    specialtyId: string | null;
    startDate: string;
    endDate: string;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO course (id, tenant_id, trainee_id, unit_id, track, specialty_id, start_date, end_date, updated_at)
    SELECT r.id, ${tenantId}::uuid, r.trainee_id, r.unit_id, r.track, r.specialty_id, r.start_date, r.end_date, now()
      FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.traineeId)}::uuid[],
                  ${rows.map((r) => r.unitId)}::uuid[], ${rows.map((r) => r.track)}::text[],
                  ${rows.map((r) => r.specialtyId)}::uuid[], ${rows.map((r) => r.startDate)}::date[],
                  ${rows.map((r) => r.endDate)}::date[])
        AS r(id, trainee_id, unit_id, track, specialty_id, start_date, end_date)`;
}

export async function insertCourseSupervisors(
  tx: Tx,
  tenantId: string,
  rows: { courseId: string; supervisorId: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO course_supervisor (id, tenant_id, course_id, supervisor_id, is_main)
    SELECT gen_random_uuid(), ${tenantId}::uuid, r.course_id, r.supervisor_id, true
      FROM unnest(${rows.map((r) => r.courseId)}::uuid[], ${rows.map((r) => r.supervisorId)}::uuid[])
        AS r(course_id, supervisor_id)`;
}
