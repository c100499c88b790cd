import { todayInDenmark } from '@portal/contracts';
import type { AuthedCtx } from '../../lib/route.js';
import { permissionScope } from '../auth/principal.repository.js';

/** What the access rule needs of the request. */
export type AccessCtx = Pick<AuthedCtx, 'tx' | 'tenantId' | 'principal'>;

/**
 * Who reads and who edits a strategy — the one access rule of the strategy module.
 *
 * Read:
 * - `strategy:read` held tenant-wide: every strategy of the tenant;
 * - `strategy:read` held on units (UAO, cheflæge, Tutorcentret): the region's strategy (unit null)
 *   and the strategies of the hospitals their units lie in (a UAO of an MVH department reads MVH's
 *   and the region's);
 * - a current member of an education COUNCIL (whatever their roles): the strategy of that
 *   council's hospital ("council members read", issue 5);
 * - whoever may edit a strategy reads it.
 * Edit (`strategy:manage`): tenant-wide holders every strategy (the region's too); unit-scoped
 * holders (Tutorcentret) the strategies of the hospitals in their scope.
 *
 * Any other strategy answers 404 like another tenant's. The figures a reader sees are counts.
 */
export interface StrategyAccess {
  /** Reads every strategy of the tenant. */
  readsAll: boolean;
  /** Reads the region's strategy (unit null). */
  readsRegion: boolean;
  /** Hospitals whose strategies the caller reads (besides readsAll). */
  readUnits: Set<string>;
  /** Edits every strategy. */
  managesAll: boolean;
  /** Units (with everything below) whose strategies the caller edits. */
  manageUnits: Set<string>;
}

/** One query: the ancestors of the caller's strategy:read units, their councils' hospitals, their manage scope. */
export async function strategyAccess(ctx: AccessCtx): Promise<StrategyAccess> {
  const read = permissionScope(ctx.principal, 'strategy:read');
  const manage = permissionScope(ctx.principal, 'strategy:manage');
  const readIds = read === 'tenant' ? [] : [...read];
  const manageIds = manage === 'tenant' ? [] : [...manage];
  const today = todayInDenmark();
  const rows = await ctx.tx.$queryRaw<{ id: string; via: 'read' | 'council' | 'manage' }[]>`
    WITH RECURSIVE up AS (
      SELECT id, parent_id FROM org_unit
       WHERE tenant_id = ${ctx.tenantId}::uuid AND id = ANY(${readIds}::uuid[])
      UNION
      SELECT p.id, p.parent_id FROM up JOIN org_unit p ON p.tenant_id = ${ctx.tenantId}::uuid AND p.id = up.parent_id
    ), down AS (
      SELECT id FROM org_unit WHERE tenant_id = ${ctx.tenantId}::uuid AND id = ANY(${manageIds}::uuid[])
      UNION
      SELECT c.id FROM down JOIN org_unit c ON c.tenant_id = ${ctx.tenantId}::uuid AND c.parent_id = down.id
    )
    SELECT id::text, 'read' AS via FROM up
    UNION ALL
    SELECT id::text, 'manage' FROM down
    UNION ALL
    SELECT b.unit_id::text, 'council'
      FROM education_body_member m
      JOIN education_body b ON b.tenant_id = m.tenant_id AND b.id = m.body_id
     WHERE m.tenant_id = ${ctx.tenantId}::uuid AND m.user_id = ${ctx.principal.userId}::uuid
       AND b.kind = 'COUNCIL'
       AND m.start_date <= ${today}::date AND (m.end_date IS NULL OR m.end_date >= ${today}::date)`;
  const readUnits = new Set(rows.filter((r) => r.via !== 'manage').map((r) => r.id));
  const manageUnits = new Set(rows.filter((r) => r.via === 'manage').map((r) => r.id));
  return {
    readsAll: read === 'tenant' || manage === 'tenant',
    readsRegion: readIds.length > 0,
    readUnits,
    managesAll: manage === 'tenant',
    manageUnits,
  };
}

/** Whether the caller edits the strategy of `unitId` (null = the region's). */
export function canManage(a: StrategyAccess, unitId: string | null): boolean {
  if (a.managesAll) return true;
  return unitId !== null && a.manageUnits.has(unitId);
}

/** Whether the caller reads the strategy of `unitId` (null = the region's). */
export function canRead(a: StrategyAccess, unitId: string | null): boolean {
  if (a.readsAll || canManage(a, unitId)) return true;
  return unitId === null ? a.readsRegion : a.readUnits.has(unitId);
}
