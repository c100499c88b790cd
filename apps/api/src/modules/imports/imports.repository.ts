import type { Prisma } from '../../generated/prisma/client.js';
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

export function findUsersByEmail(tx: Tx, tenantId: string, emails: string[]) {
  if (emails.length === 0) return Promise.resolve([]);
  return tx.user.findMany({
    where: { tenantId, email: { in: emails } },
    select: { id: true, email: true, deactivatedAt: true },
  });
}

export function findAssignmentsOf(tx: Tx, tenantId: string, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return tx.roleAssignment.findMany({
    where: { tenantId, userId: { in: userIds } },
    select: { userId: true, role: true, scopeUnitId: true, validFrom: true, validTo: true },
  });
}

export async function insertDepartments(
  tx: Tx,
  tenantId: string,
  rows: { id: string; name: string; shortName: string | null; parentId: string; specialtyId: string | null }[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.orgUnit.createMany({
    data: rows.map((r) => ({
      id: r.id,
      tenantId,
      kind: 'DEPARTMENT',
      name: r.name,
      shortName: r.shortName,
      parentId: r.parentId,
      specialtyId: r.specialtyId,
    })),
  });
}

export async function insertUsers(
  tx: Tx,
  tenantId: string,
  rows: { id: string; email: string; name: string; title: string | null }[],
): Promise<void> {
  if (rows.length === 0) return;
  // No password: the person sets one through an invitation or signs in through the region's IdP.
  await tx.user.createMany({
    data: rows.map((r) => ({ id: r.id, tenantId, email: r.email, name: r.name, title: r.title })),
  });
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
  await tx.roleAssignment.createMany({
    data: rows.map((r) => ({
      id: r.id,
      tenantId,
      userId: r.userId,
      role: r.role,
      scopeUnitId: r.scopeUnitId,
      validFrom: new Date(`${r.validFrom}T00:00:00Z`),
      validTo: r.validTo ? new Date(`${r.validTo}T00:00:00Z`) : null,
    })),
  });
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
  await tx.auditEvent.createMany({
    data: events.map((e) => ({
      tenantId,
      actorId,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      data: e.data as Prisma.InputJsonValue,
      ip: meta.ip,
      requestId: meta.requestId,
    })),
  });
}
