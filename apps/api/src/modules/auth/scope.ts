import type { Permission } from '@portal/contracts';
import type { AuthedCtx } from '../../lib/route.js';
import { descendantsOf } from '../org/org.repository.js';
import { permissionScope } from './principal.repository.js';

/**
 * Where the caller holds `permission`: `'tenant'` (the whole region), or the set of unit ids they
 * may act on — the units of their role assignments and every unit below them. A handler narrows
 * its query with this; a record outside the set answers 404, like one of another tenant.
 */
export async function unitsInScope(ctx: AuthedCtx, permission: Permission): Promise<'tenant' | Set<string>> {
  const scope = permissionScope(ctx.principal, permission);
  if (scope === 'tenant') return scope;
  return descendantsOf(ctx.tx, ctx.tenantId, [...scope]);
}

/** True when `unitId` is inside the scope from `unitsInScope`. */
export function inScope(scope: 'tenant' | Set<string>, unitId: string | null): boolean {
  if (scope === 'tenant') return true;
  return unitId !== null && scope.has(unitId);
}
