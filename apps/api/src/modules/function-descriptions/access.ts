import type { Permission, Role } from '@portal/contracts';
import type { AuthedCtx } from '../../lib/route.js';
import { permissionScope } from '../auth/principal.repository.js';
import { ancestorsOf, descendantsOf } from '../org/org.repository.js';
import type { Scope } from './function-descriptions.repository.js';

/** What a service needs of the request: the transaction, tenant, caller and audit (no req/res). */
export type Actor = Pick<AuthedCtx, 'tx' | 'tenantId' | 'principal' | 'audit'>;

/** Units (with everything below them) where the caller holds `permission`; empty when not held. */
export async function scopeOf(a: Actor, permission: Permission): Promise<Scope> {
  if (!a.principal.permissions.has(permission)) return new Set();
  const s = permissionScope(a.principal, permission);
  if (s === 'tenant') return s;
  return descendantsOf(a.tx, a.tenantId, [...s]);
}

export const covers = (scope: Scope, unitId: string) => scope === 'tenant' || scope.has(unitId);

/** True when the caller holds `role` in force today on `unitId` or a unit above it. */
export async function holdsRoleOver(a: Actor, role: Role, unitId: string): Promise<boolean> {
  const mine = a.principal.assignments.filter((x) => x.role === role && x.unitId !== null);
  if (mine.length === 0) return false;
  const anc = (await ancestorsOf(a.tx, a.tenantId, [unitId])).get(unitId) ?? new Set<string>();
  return mine.some((x) => anc.has(x.unitId!));
}
