import type { Tx } from '../../lib/db.js';

const adminUnitSelect = {
  id: true,
  kind: true,
  name: true,
  shortName: true,
  parentId: true,
  closedAt: true,
  version: true,
  specialty: { select: { id: true, name: true } },
} as const;

export type AdminUnitRow = NonNullable<Awaited<ReturnType<typeof findAdminUnit>>>;

/** Units of the tenant, narrowed to `ids` when given (a scoped admin's units). */
export function listAdminUnits(tx: Tx, tenantId: string, q: { ids: readonly string[] | null; includeClosed: boolean }) {
  return tx.orgUnit.findMany({
    where: {
      tenantId,
      ...(q.ids ? { id: { in: [...q.ids] } } : {}),
      ...(q.includeClosed ? {} : { closedAt: null }),
    },
    select: adminUnitSelect,
    orderBy: [{ name: 'asc' }],
  });
}

export function findAdminUnit(tx: Tx, tenantId: string, unitId: string) {
  return tx.orgUnit.findFirst({ where: { tenantId, id: unitId }, select: adminUnitSelect });
}

/** An open unit under the same parent (null: top level) with this name, ignoring case. */
export function findOpenSiblingByName(
  tx: Tx,
  tenantId: string,
  parentId: string | null,
  name: string,
  exceptId?: string,
) {
  return tx.orgUnit.findFirst({
    where: {
      tenantId,
      parentId,
      closedAt: null,
      name: { equals: name, mode: 'insensitive' },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { id: true },
  });
}

export function countOpenChildren(tx: Tx, tenantId: string, unitId: string) {
  return tx.orgUnit.count({ where: { tenantId, parentId: unitId, closedAt: null } });
}

export function createUnit(
  tx: Tx,
  tenantId: string,
  data: { kind: string; name: string; shortName: string | null; parentId: string | null; specialtyId: string | null },
) {
  return tx.orgUnit.create({ data: { tenantId, ...data }, select: adminUnitSelect });
}

/**
 * Updates the unit only if it still has `version` (optimistic concurrency) and bumps the version.
 * Returns false when someone else changed it first.
 */
export async function updateUnitIfVersion(
  tx: Tx,
  tenantId: string,
  unitId: string,
  version: number,
  data: {
    name?: string;
    shortName?: string | null;
    specialtyId?: string | null;
    parentId?: string | null;
    closedAt?: Date | null;
  },
): Promise<boolean> {
  const r = await tx.orgUnit.updateMany({
    where: { tenantId, id: unitId, version },
    data: { ...data, version: { increment: 1 } },
  });
  return r.count === 1;
}

export function findSpecialty(tx: Tx, tenantId: string, specialtyId: string) {
  return tx.specialty.findFirst({ where: { tenantId, id: specialtyId }, select: { id: true, name: true } });
}

export function findSpecialtyByName(tx: Tx, tenantId: string, name: string, exceptId?: string) {
  return tx.specialty.findFirst({
    where: { tenantId, name: { equals: name, mode: 'insensitive' }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
}

export function listSpecialties(tx: Tx, tenantId: string) {
  return tx.specialty.findMany({
    where: { tenantId },
    select: { id: true, name: true, _count: { select: { units: true } } },
    orderBy: { name: 'asc' },
  });
}

export function createSpecialty(tx: Tx, tenantId: string, name: string) {
  return tx.specialty.create({ data: { tenantId, name }, select: { id: true, name: true } });
}

export async function renameSpecialty(tx: Tx, tenantId: string, specialtyId: string, name: string): Promise<void> {
  await tx.specialty.updateMany({ where: { tenantId, id: specialtyId }, data: { name } });
}

export function countSpecialtyUnits(tx: Tx, tenantId: string, specialtyId: string) {
  return tx.orgUnit.count({ where: { tenantId, specialtyId } });
}
