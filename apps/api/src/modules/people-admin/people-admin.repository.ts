import { Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../../lib/db.js';
import { assignmentViewSelect } from '../me/me.repository.js';

/** 'tenant' or the unit ids the caller may act on (see unitsInScope). */
export type UnitScope = 'tenant' | Set<string>;

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/**
 * SQL condition: person `u` is visible in `scope` — they hold (or held, or will hold) a role in a
 * unit of the scope, or were created for a unit of it (home_unit_id).
 */
function visibleIn(scope: UnitScope): Prisma.Sql {
  if (scope === 'tenant') return Prisma.sql`TRUE`;
  const units = [...scope];
  return Prisma.sql`(u.home_unit_id = ANY(${units}::uuid[]) OR EXISTS (
      SELECT 1 FROM role_assignment v
       WHERE v.tenant_id = u.tenant_id AND v.user_id = u.id AND v.scope_unit_id = ANY(${units}::uuid[])))`;
}

export async function isPersonVisible(tx: Tx, tenantId: string, userId: string, scope: UnitScope): Promise<boolean> {
  const rows = await tx.$queryRaw<{ ok: number }[]>`
    SELECT 1 AS ok FROM app_user u WHERE u.tenant_id = ${tenantId}::uuid AND u.id = ${userId}::uuid AND ${visibleIn(scope)}`;
  return rows.length > 0;
}

/** Escapes LIKE wildcards so that a search for "50%" finds the text "50%". */
const likeContains = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface PeopleListFilter {
  q: string | undefined;
  role: string | undefined;
  /** The filter unit and its descendants. */
  units: string[] | undefined;
  status: 'active' | 'deactivated' | 'all';
  sort: 'name' | 'email' | 'created';
  dir: 'asc' | 'desc';
  limit: number;
  offset: number;
  today: string;
}

interface PersonRow {
  id: string;
  name: string;
  email: string;
  title: string | null;
  deactivated_at: Date | null;
  created_at: Date;
}

/** One page of people in scope, and the total matching. Plain SQL: search, Danish sort order. */
export async function listPeople(tx: Tx, tenantId: string, scope: UnitScope, f: PeopleListFilter) {
  const conds: Prisma.Sql[] = [Prisma.sql`u.tenant_id = ${tenantId}::uuid`, visibleIn(scope)];
  if (f.status === 'active') conds.push(Prisma.sql`u.deactivated_at IS NULL`);
  if (f.status === 'deactivated') conds.push(Prisma.sql`u.deactivated_at IS NOT NULL`);
  if (f.q) {
    const p = likeContains(f.q);
    // E-mails are stored lower-case; names are compared lower-cased (æ, ø, å included).
    conds.push(Prisma.sql`(lower(u.name) LIKE ${p} OR u.email LIKE ${p})`);
  }
  if (f.role || f.units) {
    // A current or future assignment (what an administrator means by "has the role").
    const sub: Prisma.Sql[] = [
      Prisma.sql`a.tenant_id = u.tenant_id AND a.user_id = u.id`,
      Prisma.sql`(a.valid_to IS NULL OR a.valid_to >= ${f.today}::date)`,
    ];
    if (f.role) sub.push(Prisma.sql`a.role = ${f.role}`);
    if (f.units) sub.push(Prisma.sql`a.scope_unit_id = ANY(${f.units}::uuid[])`);
    conds.push(Prisma.sql`EXISTS (SELECT 1 FROM role_assignment a WHERE ${Prisma.join(sub, ' AND ')})`);
  }
  const where = Prisma.join(conds, ' AND ');
  const dir = f.dir === 'desc' ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const order =
    f.sort === 'email'
      ? Prisma.sql`u.email ${dir}, u.id ${dir}`
      : f.sort === 'created'
        ? Prisma.sql`u.created_at ${dir}, u.id ${dir}`
        : Prisma.sql`u.name COLLATE "da-x-icu" ${dir}, u.id ${dir}`;
  const [count, rows] = await Promise.all([
    tx.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM app_user u WHERE ${where}`,
    tx.$queryRaw<PersonRow[]>`
      SELECT u.id::text, u.name, u.email, u.title, u.deactivated_at, u.created_at
        FROM app_user u WHERE ${where}
       ORDER BY ${order} LIMIT ${f.limit} OFFSET ${f.offset}`,
  ]);
  return { total: Number(count[0]?.n ?? 0), rows };
}

/** Roles in force on `today` for the given people, with their unit. */
export async function rolesInForce(tx: Tx, tenantId: string, userIds: string[], today: string) {
  if (userIds.length === 0) return [];
  return tx.$queryRaw<
    { user_id: string; role: string; unit_id: string | null; unit_name: string | null; unit_kind: string | null }[]
  >`
    SELECT a.user_id::text, a.role, o.id::text AS unit_id, o.name AS unit_name, o.kind AS unit_kind
      FROM role_assignment a
      LEFT JOIN org_unit o ON o.tenant_id = a.tenant_id AND o.id = a.scope_unit_id
     WHERE a.tenant_id = ${tenantId}::uuid AND a.user_id = ANY(${userIds}::uuid[])
       AND a.valid_from <= ${today}::date AND (a.valid_to IS NULL OR a.valid_to >= ${today}::date)
     ORDER BY a.created_at`;
}

export function findUserByEmail(tx: Tx, tenantId: string, email: string) {
  return tx.user.findFirst({ where: { tenantId, email }, select: { id: true } });
}

export function findUserForAdmin(tx: Tx, tenantId: string, userId: string) {
  return tx.user.findFirst({
    where: { tenantId, id: userId },
    select: { id: true, name: true, email: true, deactivatedAt: true, version: true, locale: true },
  });
}

export function createUser(
  tx: Tx,
  tenantId: string,
  d: { name: string; email: string; title: string | null; locale: string; homeUnitId: string | null },
) {
  return tx.user.create({ data: { tenantId, ...d }, select: { id: true } });
}

/** Updates when `version` is current; returns false when it is stale (someone else saved first). */
export async function updateUser(
  tx: Tx,
  tenantId: string,
  userId: string,
  version: number,
  d: { name: string; email: string; title: string | null; locale: string },
): Promise<boolean> {
  const r = await tx.user.updateMany({
    where: { tenantId, id: userId, version },
    data: { ...d, version: { increment: 1 } },
  });
  return r.count === 1;
}

export async function setDeactivated(tx: Tx, tenantId: string, userId: string, at: Date | null): Promise<void> {
  await tx.user.updateMany({ where: { tenantId, id: userId }, data: { deactivatedAt: at, version: { increment: 1 } } });
}

/**
 * Ends every session of the user at once (the session table is outside tenant RLS; its rows hold
 * passport's { userId, tenantId }). Returns the number of sessions ended.
 */
export function deleteSessionsOf(tx: Tx, tenantId: string, userId: string): Promise<number> {
  return tx.$executeRaw`
    DELETE FROM session
     WHERE sess->'passport'->'user'->>'userId' = ${userId}
       AND sess->'passport'->'user'->>'tenantId' = ${tenantId}`;
}

/** Unit ids of all the person's assignments (any period); null for tenant-wide ones. */
export async function assignmentUnitsOf(tx: Tx, tenantId: string, userId: string): Promise<(string | null)[]> {
  const rows = await tx.roleAssignment.findMany({ where: { tenantId, userId }, select: { scopeUnitId: true } });
  return rows.map((r) => r.scopeUnitId);
}

// --- Invitations ---------------------------------------------------------------------------------

export async function createInvitation(
  tx: Tx,
  tenantId: string,
  userId: string,
  tokenHash: string,
  expiresAt: Date,
): Promise<void> {
  // A new invitation replaces the earlier ones: only the latest link works.
  await tx.userInvitation.updateMany({ where: { tenantId, userId, usedAt: null }, data: { usedAt: new Date() } });
  await tx.userInvitation.create({ data: { tenantId, userId, tokenHash, expiresAt } });
}

export function findValidInvitation(tx: Tx, tenantId: string, tokenHash: string, now: Date) {
  return tx.userInvitation.findFirst({
    where: { tenantId, tokenHash, usedAt: null, expiresAt: { gt: now }, user: { deactivatedAt: null } },
    select: { id: true, expiresAt: true, user: { select: { id: true, name: true, email: true } } },
  });
}

/** Marks the invitation used; false when it was used (or expired) meanwhile: single use. */
export async function claimInvitation(tx: Tx, tenantId: string, id: string, now: Date): Promise<boolean> {
  const r = await tx.userInvitation.updateMany({
    where: { tenantId, id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return r.count === 1;
}

export async function setPasswordHash(tx: Tx, tenantId: string, userId: string, passwordHash: string) {
  await tx.user.updateMany({ where: { tenantId, id: userId }, data: { passwordHash, version: { increment: 1 } } });
}

export function findTenantName(tx: Tx, tenantId: string) {
  return tx.tenant.findFirst({ where: { id: tenantId }, select: { name: true } });
}

// --- Role assignments ----------------------------------------------------------------------------

export function findUnitBrief(tx: Tx, tenantId: string, unitId: string) {
  return tx.orgUnit.findFirst({
    where: { tenantId, id: unitId },
    select: { id: true, kind: true, name: true, closedAt: true },
  });
}

/** Locks the person's row: assignments of one person are checked for overlap one writer at a time. */
export async function lockUser(tx: Tx, tenantId: string, userId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM app_user WHERE tenant_id = ${tenantId}::uuid AND id = ${userId}::uuid FOR UPDATE`;
}

/** An assignment of the same person, role and unit whose period overlaps [from, to]. */
export function findOverlap(
  tx: Tx,
  tenantId: string,
  a: { userId: string; role: string; unitId: string | null; from: string; to: string | null; exceptId?: string },
) {
  return tx.roleAssignment.findFirst({
    where: {
      tenantId,
      userId: a.userId,
      role: a.role,
      scopeUnitId: a.unitId,
      ...(a.exceptId ? { id: { not: a.exceptId } } : {}),
      ...(a.to ? { validFrom: { lte: day(a.to) } } : {}),
      OR: [{ validTo: null }, { validTo: { gte: day(a.from) } }],
    },
    select: { id: true, validFrom: true, validTo: true },
  });
}

export function createAssignment(
  tx: Tx,
  tenantId: string,
  a: { userId: string; role: string; unitId: string | null; from: string; to: string | null },
) {
  return tx.roleAssignment.create({
    data: {
      tenantId,
      userId: a.userId,
      role: a.role,
      scopeUnitId: a.unitId,
      validFrom: day(a.from),
      validTo: a.to ? day(a.to) : null,
    },
    select: assignmentViewSelect,
  });
}

export function findAssignment(tx: Tx, tenantId: string, id: string) {
  return tx.roleAssignment.findFirst({
    where: { tenantId, id },
    select: { id: true, userId: true, role: true, scopeUnitId: true, validFrom: true, validTo: true },
  });
}

export function updateAssignmentPeriod(tx: Tx, tenantId: string, id: string, from: string, to: string | null) {
  return tx.roleAssignment.update({
    where: { tenantId_id: { tenantId, id } },
    data: { validFrom: day(from), validTo: to ? day(to) : null },
    select: assignmentViewSelect,
  });
}

export interface AssignmentListFilter {
  role: string | undefined;
  units: string[] | undefined;
  on: string;
  limit: number;
  offset: number;
}

interface AssignmentRow {
  id: string;
  role: string;
  valid_from: Date;
  valid_to: Date | null;
  user_id: string;
  user_name: string;
  user_email: string;
  user_deactivated_at: Date | null;
  unit_id: string | null;
  unit_name: string | null;
  unit_kind: string | null;
  parent_id: string | null;
  parent_name: string | null;
  parent_kind: string | null;
}

/** Assignments in force on a date, in scope (tenant-wide ones only for a tenant-wide reader). */
export async function listAssignments(tx: Tx, tenantId: string, scope: UnitScope, f: AssignmentListFilter) {
  const conds: Prisma.Sql[] = [
    Prisma.sql`a.tenant_id = ${tenantId}::uuid`,
    Prisma.sql`a.valid_from <= ${f.on}::date AND (a.valid_to IS NULL OR a.valid_to >= ${f.on}::date)`,
  ];
  if (scope !== 'tenant') conds.push(Prisma.sql`a.scope_unit_id = ANY(${[...scope]}::uuid[])`);
  if (f.role) conds.push(Prisma.sql`a.role = ${f.role}`);
  if (f.units) conds.push(Prisma.sql`a.scope_unit_id = ANY(${f.units}::uuid[])`);
  const where = Prisma.join(conds, ' AND ');
  const from = Prisma.sql`
      FROM role_assignment a
      JOIN app_user u ON u.tenant_id = a.tenant_id AND u.id = a.user_id
      LEFT JOIN org_unit o ON o.tenant_id = a.tenant_id AND o.id = a.scope_unit_id
      LEFT JOIN org_unit p ON p.tenant_id = o.tenant_id AND p.id = o.parent_id`;
  const [count, rows] = await Promise.all([
    tx.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n ${from} WHERE ${where}`,
    tx.$queryRaw<AssignmentRow[]>`
      SELECT a.id::text, a.role, a.valid_from, a.valid_to,
             u.id::text AS user_id, u.name AS user_name, u.email AS user_email, u.deactivated_at AS user_deactivated_at,
             o.id::text AS unit_id, o.name AS unit_name, o.kind AS unit_kind,
             p.id::text AS parent_id, p.name AS parent_name, p.kind AS parent_kind
        ${from} WHERE ${where}
       ORDER BY p.name COLLATE "da-x-icu" NULLS FIRST, o.name COLLATE "da-x-icu" NULLS FIRST, a.role,
                u.name COLLATE "da-x-icu", a.id
       LIMIT ${f.limit} OFFSET ${f.offset}`,
  ]);
  return { total: Number(count[0]?.n ?? 0), rows };
}

/** Open departments in scope with the coverage roles in force on `on` (held by active people). */
export function coverage(tx: Tx, tenantId: string, scope: UnitScope, on: string) {
  const inScope = scope === 'tenant' ? Prisma.sql`TRUE` : Prisma.sql`d.id = ANY(${[...scope]}::uuid[])`;
  return tx.$queryRaw<
    {
      id: string;
      name: string;
      parent_id: string | null;
      parent_name: string | null;
      parent_kind: string | null;
      present: string[];
    }[]
  >`
    SELECT d.id::text, d.name, p.id::text AS parent_id, p.name AS parent_name, p.kind AS parent_kind,
           coalesce(array_agg(DISTINCT a.role) FILTER (WHERE a.role IS NOT NULL), '{}') AS present
      FROM org_unit d
      LEFT JOIN org_unit p ON p.tenant_id = d.tenant_id AND p.id = d.parent_id
      LEFT JOIN (role_assignment a JOIN app_user u
                   ON u.tenant_id = a.tenant_id AND u.id = a.user_id AND u.deactivated_at IS NULL)
        ON a.tenant_id = d.tenant_id AND a.scope_unit_id = d.id AND a.role IN ('UAO', 'UKS', 'UKYL')
       AND a.valid_from <= ${on}::date AND (a.valid_to IS NULL OR a.valid_to >= ${on}::date)
     WHERE d.tenant_id = ${tenantId}::uuid AND d.kind = 'DEPARTMENT' AND d.closed_at IS NULL AND ${inScope}
     GROUP BY d.id, d.name, p.id, p.name, p.kind
     ORDER BY p.name COLLATE "da-x-icu" NULLS FIRST, d.name COLLATE "da-x-icu"`;
}
