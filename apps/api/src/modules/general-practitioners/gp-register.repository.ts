import { todayInDenmark, NEWLY_SETTLED_MONTHS, type GpFields, type GpListQuery } from '@portal/contracts';
import type { Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../../lib/db.js';
import { gpSelect, toGeneralPractitioner } from './gp.repository.js';

/**
 * The register's own queries (list with filters, edit, import), next to the lead's shared
 * gp.repository.ts. `practiceIds` is the caller's scope: 'tenant' or the practices they may see.
 */

export type PracticeScope = 'tenant' | ReadonlySet<string>;

const dateOf = (s: string) => new Date(`${s}T00:00:00Z`);

/** The day NEWLY_SETTLED_MONTHS before `today` (settled after it = newly settled). */
export function newlySettledCutoff(today: string): string {
  const t = dateOf(today);
  t.setUTCMonth(t.getUTCMonth() - NEWLY_SETTLED_MONTHS);
  return t.toISOString().slice(0, 10);
}

/** A current membership of an active group on `day` (the coverage rule). */
export function activeMembershipWhere(day: Date): Prisma.CmeGroupMemberWhereInput {
  return {
    joinedOn: { lte: day },
    OR: [{ leftOn: null }, { leftOn: { gt: day } }],
    group: { startedOn: { lte: day }, OR: [{ closedOn: null }, { closedOn: { gt: day } }] },
  };
}

const scopeWhere = (scope: PracticeScope): Prisma.GeneralPractitionerWhereInput =>
  scope === 'tenant' ? {} : { practiceId: { in: [...scope] } };

/** GPs in scope with the filters of the register screen, by name, with their current group count. */
export async function listRegister(tx: Tx, tenantId: string, scope: PracticeScope, q: GpListQuery) {
  const today = todayInDenmark();
  const day = dateOf(today);
  const and: Prisma.GeneralPractitionerWhereInput[] = [scopeWhere(scope)];
  if (q.q) {
    const contains = { contains: q.q, mode: 'insensitive' as const };
    and.push({ OR: [{ name: contains }, { email: contains }, { authorisationId: contains }] });
  }
  if (q.practiceId) and.push({ practiceId: q.practiceId });
  if (q.areaId) and.push({ practice: { parentId: q.areaId } });
  if (q.newlySettled) and.push({ settledOn: { gt: dateOf(newlySettledCutoff(today)) } });
  if (!q.includeLeft || q.inNoGroup) and.push({ OR: [{ leftOn: null }, { leftOn: { gt: day } }] });
  if (q.inNoGroup) and.push({ cmeMemberships: { none: activeMembershipWhere(day) } });
  const rows = await tx.generalPractitioner.findMany({
    where: { tenantId, AND: and },
    select: { ...gpSelect, _count: { select: { cmeMemberships: { where: activeMembershipWhere(day) } } } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: 2000,
  });
  return rows.map((r) => ({ ...toGeneralPractitioner(r, today), groupCount: r._count.cmeMemberships }));
}

/** The practice when it is an open PRACTICE of the tenant, with its parent. */
export function findPractice(tx: Tx, tenantId: string, id: string) {
  return tx.orgUnit.findFirst({
    where: { tenantId, id, kind: 'PRACTICE', closedAt: null },
    select: { id: true, name: true, parent: { select: { id: true, name: true, kind: true } } },
  });
}

/** Open practices of the tenant (in scope), by name, with their parent unit. */
export function listPractices(tx: Tx, tenantId: string, scope: PracticeScope) {
  return tx.orgUnit.findMany({
    where: { tenantId, kind: 'PRACTICE', closedAt: null, ...(scope === 'tenant' ? {} : { id: { in: [...scope] } }) },
    select: { id: true, name: true, parent: { select: { id: true, name: true, kind: true } } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
}

/** GP ids of the tenant by authorisation ID (for the duplicate check and the import's updates). */
export function findByAuthorisationIds(tx: Tx, tenantId: string, ids: string[]) {
  return tx.generalPractitioner.findMany({
    where: { tenantId, authorisationId: { in: ids } },
    select: { id: true, name: true, authorisationId: true, practiceId: true },
  });
}

/** Locks the GP's row for the rest of the transaction; its version, or null when not in the tenant. */
export async function lockGp(tx: Tx, tenantId: string, id: string) {
  const rows = await tx.$queryRaw<{ version: number; practice_id: string }[]>`
    SELECT version, practice_id::text FROM general_practitioner
     WHERE tenant_id = ${tenantId}::uuid AND id = ${id}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

/** Writes the GP's fields and bumps its version. */
export async function updateGp(tx: Tx, tenantId: string, id: string, f: Partial<GpFields>) {
  const set = (s: string | null | undefined) => (s === undefined ? undefined : s === null ? null : dateOf(s));
  await tx.generalPractitioner.updateMany({
    where: { tenantId, id },
    data: {
      practiceId: f.practiceId,
      name: f.name,
      email: f.email,
      authorisationId: f.authorisationId,
      settledOn: set(f.settledOn),
      leftOn: set(f.leftOn),
      version: { increment: 1 },
    },
  });
}

/** Inserts many GPs (the import); one statement. */
export async function insertGps(tx: Tx, tenantId: string, rows: GpFields[]) {
  if (rows.length === 0) return;
  await tx.generalPractitioner.createMany({
    data: rows.map((f) => ({
      tenantId,
      practiceId: f.practiceId,
      name: f.name,
      email: f.email,
      authorisationId: f.authorisationId,
      settledOn: f.settledOn ? dateOf(f.settledOn) : null,
      leftOn: f.leftOn ? dateOf(f.leftOn) : null,
    })),
  });
}
