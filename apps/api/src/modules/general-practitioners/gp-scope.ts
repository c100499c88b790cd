import type { Permission } from '@portal/contracts';
import { notFound } from '../../lib/app-error.js';
import type { AuthedCtx } from '../../lib/route.js';
import { inScope, unitsInScope } from '../auth/scope.js';

/**
 * Scope of the general-practice modules (issue 6). An AMU (GP_COORDINATOR) holds `gp-area:manage`
 * for their GP area, which reaches the area and its practices; the regional administrator holds it
 * for the whole tenant. An area outside the caller's scope answers 404, like another tenant's.
 */
export interface GpArea {
  id: string;
  name: string;
}

/** The open GP areas the caller may act on with `permission`, by name. */
export async function gpAreasInScope(ctx: AuthedCtx, permission: Permission = 'gp-area:manage'): Promise<GpArea[]> {
  const scope = await unitsInScope(ctx, permission);
  return ctx.tx.orgUnit.findMany({
    where: {
      tenantId: ctx.tenantId,
      kind: 'GP_AREA',
      closedAt: null,
      ...(scope === 'tenant' ? {} : { id: { in: [...scope] } }),
    },
    select: { id: true, name: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
}

/** The GP area `areaId` when the caller may act on it with `permission`; else 404. */
export async function requireGpArea(
  ctx: AuthedCtx,
  areaId: string,
  permission: Permission = 'gp-area:manage',
): Promise<GpArea> {
  const scope = await unitsInScope(ctx, permission);
  if (!inScope(scope, areaId)) throw notFound('The general-practice area');
  const area = await ctx.tx.orgUnit.findFirst({
    where: { tenantId: ctx.tenantId, id: areaId, kind: 'GP_AREA' },
    select: { id: true, name: true },
  });
  if (!area) throw notFound('The general-practice area');
  return area;
}

/** The practices (org units kind PRACTICE) of an area, open ones by name. */
export async function practicesOfArea(ctx: AuthedCtx, areaId: string) {
  return ctx.tx.orgUnit.findMany({
    where: { tenantId: ctx.tenantId, kind: 'PRACTICE', parentId: areaId, closedAt: null },
    select: { id: true, name: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
}
