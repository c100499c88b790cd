import type { Tx } from '../../lib/db.js';

export interface UnitRow {
  id: string;
  name: string;
  kind: string;
}

/** The unit first, then its parent, up to the root (tenant-scoped). Empty when not in the tenant. */
export async function unitWithAncestors(tx: Tx, tenantId: string, unitId: string): Promise<UnitRow[]> {
  return tx.$queryRaw<UnitRow[]>`
    WITH RECURSIVE up AS (
      SELECT u.id, u.name, u.kind, u.parent_id, 0 AS depth FROM org_unit u
       WHERE u.tenant_id = ${tenantId}::uuid AND u.id = ${unitId}::uuid
      UNION ALL
      SELECT p.id, p.name, p.kind, p.parent_id, up.depth + 1 FROM up
        JOIN org_unit p ON p.tenant_id = ${tenantId}::uuid AND p.id = up.parent_id
    )
    SELECT id::text, name, kind FROM up ORDER BY depth`;
}

export interface TargetRow {
  computed_key: string;
  strategy_id: string;
  strategy_title: string;
  initiative_id: string;
  initiative_title: string;
  indicator_title: string;
  target: number | null;
  direction: string;
}

/**
 * The targets set for computed indicators by the strategies covering a scope: the region's
 * strategies (unit null) and those of the scope's unit or a unit above it (its hospital). For the
 * region (empty chain) only the region's.
 */
export function computedTargets(tx: Tx, tenantId: string, chain: readonly string[]): Promise<TargetRow[]> {
  return tx.$queryRaw<TargetRow[]>`
    SELECT si.computed_key, s.id::text AS strategy_id, s.title AS strategy_title,
           i.id::text AS initiative_id, i.title AS initiative_title, si.title AS indicator_title,
           si.target::float8 AS target, si.direction
      FROM strategy_indicator si
      JOIN strategy_initiative i ON i.tenant_id = si.tenant_id AND i.id = si.initiative_id
      JOIN strategy s ON s.tenant_id = i.tenant_id AND s.id = i.strategy_id
     WHERE si.tenant_id = ${tenantId}::uuid AND si.kind = 'COMPUTED' AND si.computed_key IS NOT NULL
       AND (s.unit_id IS NULL OR s.unit_id = ANY(${[...chain]}::uuid[]))
     ORDER BY s.unit_id NULLS FIRST, s.period_end DESC, s.title, i.sort_order, si.sort_order, si.id`;
}
