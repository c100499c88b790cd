import type { Request } from 'express';
import { Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../../lib/db.js';
import type { AuditInput } from '../../lib/route.js';

/** Appends an audit event in the caller's transaction (so it commits or rolls back with the change). */
export async function writeAudit(
  tx: Tx,
  tenantId: string,
  actorId: string | null,
  e: AuditInput,
  req?: Request,
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      tenantId,
      actorId,
      action: e.action,
      entityType: e.entityType ?? null,
      entityId: e.entityId ?? null,
      data: (e.data ?? undefined) as Prisma.InputJsonValue | undefined,
      ip: req?.ip ?? null,
      requestId: req ? String(req.id) : null,
    },
  });
}

export interface AuditFilter {
  actorId?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

/**
 * Whose audit log the caller reads: `'tenant'` (TENANT_ADMIN: every event of the region), or the
 * units their `audit:read` assignments are scoped to (EDUCATION_CENTRE: its hospital).
 */
export type AuditScope = 'tenant' | readonly string[];

export interface AuditRow {
  id: bigint;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  data: unknown;
  ip: string | null;
  request_id: string | null;
}

/**
 * The scope rule of a unit-scoped audit reader, in SQL. With U = the scope units and every unit
 * below them (closed ones included: history stays readable) and P = every person who holds or
 * held a role assignment (any dates) in a unit of U, the caller sees an event when
 *   - its actor is in P, or
 *   - its entity is an org_unit in U, or
 *   - its entity is a user in P, or
 *   - its entity is a role_assignment scoped to a unit in U.
 * Events of region-wide actors (the regional administrator) about other records stay hidden.
 */
function scopeSql(tenantId: string, scope: AuditScope): { ctes: Prisma.Sql; where: Prisma.Sql } {
  if (scope === 'tenant') return { ctes: Prisma.empty, where: Prisma.sql`TRUE` };
  return {
    ctes: Prisma.sql`WITH RECURSIVE scope_unit AS (
        SELECT id FROM org_unit WHERE tenant_id = ${tenantId}::uuid AND id = ANY(${[...scope]}::uuid[])
        UNION
        SELECT c.id FROM scope_unit s JOIN org_unit c ON c.tenant_id = ${tenantId}::uuid AND c.parent_id = s.id
      ),
      scope_assignment AS (
        SELECT ra.id, ra.user_id FROM role_assignment ra
         WHERE ra.tenant_id = ${tenantId}::uuid AND ra.scope_unit_id IN (SELECT id FROM scope_unit)
      ) `,
    where: Prisma.sql`(
        e.actor_id IN (SELECT user_id FROM scope_assignment)
        OR (e.entity_type = 'org_unit' AND e.entity_id IN (SELECT id::text FROM scope_unit))
        OR (e.entity_type = 'user' AND e.entity_id IN (SELECT user_id::text FROM scope_assignment))
        OR (e.entity_type = 'role_assignment' AND e.entity_id IN (SELECT id::text FROM scope_assignment))
      )`,
  };
}

function filterSql(f: AuditFilter, before: bigint | undefined): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (before !== undefined) parts.push(Prisma.sql`e.id < ${before}`);
  if (f.actorId !== undefined) parts.push(Prisma.sql`e.actor_id = ${f.actorId}::uuid`);
  if (f.action !== undefined) parts.push(Prisma.sql`e.action = ${f.action}`);
  if (f.entityType !== undefined) parts.push(Prisma.sql`e.entity_type = ${f.entityType}`);
  if (f.entityId !== undefined) parts.push(Prisma.sql`e.entity_id = ${f.entityId}`);
  if (f.from !== undefined) parts.push(Prisma.sql`e.at >= ${f.from}`);
  if (f.to !== undefined) parts.push(Prisma.sql`e.at < ${f.to}`);
  return parts.length ? Prisma.sql`AND ${Prisma.join(parts, ' AND ')}` : Prisma.empty;
}

/** One page of the audit log in the caller's scope, newest first (keyset on the id). */
export async function listAuditEvents(
  tx: Tx,
  tenantId: string,
  scope: AuditScope,
  f: AuditFilter,
  page: { limit: number; before?: bigint | undefined },
): Promise<AuditRow[]> {
  const s = scopeSql(tenantId, scope);
  return tx.$queryRaw<AuditRow[]>`
    ${s.ctes}
    SELECT e.id, e.at, e.actor_id::text AS actor_id, u.name AS actor_name, e.action, e.entity_type, e.entity_id,
           e.data, e.ip, e.request_id
      FROM audit_event e
      LEFT JOIN app_user u ON u.tenant_id = e.tenant_id AND u.id = e.actor_id
     WHERE e.tenant_id = ${tenantId}::uuid AND ${s.where} ${filterSql(f, page.before)}
     ORDER BY e.id DESC
     LIMIT ${page.limit}`;
}

/** A row of the CSV export: every column already text (formatted by PostgreSQL, which is fast). */
export interface AuditExportRow {
  id: string;
  time_utc: string;
  time_danish: string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  ip: string | null;
  request_id: string | null;
  data: string | null;
}

/** One chunk of the export in the caller's scope, newest first (keyset on the id). */
export async function listAuditEventsForExport(
  tx: Tx,
  tenantId: string,
  scope: AuditScope,
  f: AuditFilter,
  page: { limit: number; before?: bigint | undefined },
): Promise<AuditExportRow[]> {
  const s = scopeSql(tenantId, scope);
  return tx.$queryRaw<AuditExportRow[]>`
    ${s.ctes}
    SELECT e.id::text AS id,
           to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS time_utc,
           to_char(e.at AT TIME ZONE 'Europe/Copenhagen', 'DD.MM.YYYY HH24.MI.SS') AS time_danish,
           e.actor_id::text AS actor_id, u.name AS actor_name, e.action, e.entity_type, e.entity_id,
           e.ip, e.request_id, e.data::text AS data
      FROM audit_event e
      LEFT JOIN app_user u ON u.tenant_id = e.tenant_id AND u.id = e.actor_id
     WHERE e.tenant_id = ${tenantId}::uuid AND ${s.where} ${filterSql(f, page.before)}
     ORDER BY e.id DESC
     LIMIT ${page.limit}`;
}

/** The people the caller may filter the log by: the region's users, or those of the scope units. */
export async function listAuditActors(tx: Tx, tenantId: string, scope: AuditScope) {
  const s = scopeSql(tenantId, scope);
  const restrict = scope === 'tenant' ? Prisma.empty : Prisma.sql`AND u.id IN (SELECT user_id FROM scope_assignment)`;
  return tx.$queryRaw<{ id: string; name: string; email: string }[]>`
    ${s.ctes}
    SELECT u.id::text AS id, u.name, u.email FROM app_user u
     WHERE u.tenant_id = ${tenantId}::uuid ${restrict}
     ORDER BY u.name, u.email
     LIMIT 5000`;
}
