import type { Tx } from '../../lib/db.js';

const orgUnitSelect = {
  id: true,
  kind: true,
  name: true,
  shortName: true,
  parentId: true,
  closedAt: true,
  specialty: { select: { id: true, name: true } },
  parent: { select: { id: true, name: true, kind: true, parent: { select: { id: true, name: true, kind: true } } } },
} as const;

export function listUnits(tx: Tx, tenantId: string, q: { kind?: string | undefined; includeClosed: boolean }) {
  return tx.orgUnit.findMany({
    where: { tenantId, ...(q.kind ? { kind: q.kind } : {}), ...(q.includeClosed ? {} : { closedAt: null }) },
    select: orgUnitSelect,
    orderBy: [{ kind: 'asc' }, { name: 'asc' }],
  });
}

export function findUnit(tx: Tx, tenantId: string, unitId: string) {
  return tx.orgUnit.findFirst({ where: { tenantId, id: unitId }, select: orgUnitSelect });
}

/** For each given unit: itself and all its ancestors (unit id → ancestor ids including itself). */
export async function ancestorsOf(tx: Tx, tenantId: string, unitIds: string[]): Promise<Map<string, Set<string>>> {
  const rows = await tx.$queryRaw<{ unit_id: string; ancestor_id: string }[]>`
    WITH RECURSIVE up AS (
      SELECT id AS unit_id, id AS ancestor_id, parent_id FROM org_unit
        WHERE tenant_id = ${tenantId}::uuid AND id = ANY(${unitIds}::uuid[])
      UNION ALL
      SELECT up.unit_id, p.id, p.parent_id FROM up
        JOIN org_unit p ON p.tenant_id = ${tenantId}::uuid AND p.id = up.parent_id
    )
    SELECT unit_id::text, ancestor_id::text FROM up`;
  const map = new Map<string, Set<string>>();
  for (const r of rows) {
    const set = map.get(r.unit_id) ?? new Set<string>();
    set.add(r.ancestor_id);
    map.set(r.unit_id, set);
  }
  return map;
}

/** The given units and all units below them (closed ones included). */
export async function descendantsOf(tx: Tx, tenantId: string, unitIds: readonly string[]): Promise<Set<string>> {
  if (unitIds.length === 0) return new Set();
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE down AS (
      SELECT id FROM org_unit WHERE tenant_id = ${tenantId}::uuid AND id = ANY(${[...unitIds]}::uuid[])
      UNION
      SELECT c.id FROM down JOIN org_unit c ON c.tenant_id = ${tenantId}::uuid AND c.parent_id = down.id
    )
    SELECT id::text FROM down`;
  return new Set(rows.map((r) => r.id));
}
