import {
  permissionsForRoles,
  roleSchema,
  todayInDenmark,
  type Permission,
  type Role,
  type ScopedPermission,
  ROLE_PERMISSIONS,
} from '@portal/contracts';
import type { Tx } from '../../lib/db.js';

/** The signed-in user as the API sees them for one request: assignments in force today. */
export interface Principal {
  userId: string;
  tenantId: string;
  assignments: { id: string; role: Role; unitId: string | null }[];
  permissions: Set<Permission>;
  scoped: ScopedPermission[];
}

export function dateOnly(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

export function inForceWhere(today: string) {
  const d = dateOnly(today);
  return { validFrom: { lte: d }, OR: [{ validTo: null }, { validTo: { gte: d } }] };
}

export async function loadPrincipal(tx: Tx, tenantId: string, userId: string): Promise<Principal | null> {
  const user = await tx.user.findFirst({
    where: { tenantId, id: userId, deactivatedAt: null },
    select: {
      id: true,
      assignments: {
        where: { tenantId, ...inForceWhere(todayInDenmark()) },
        select: { id: true, role: true, scopeUnitId: true },
        orderBy: { createdAt: 'asc' },
      },
    },
  });
  if (!user) return null;
  const assignments = user.assignments.map((a) => ({
    id: a.id,
    role: roleSchema.parse(a.role),
    unitId: a.scopeUnitId,
  }));
  const scoped = assignments.flatMap((a) =>
    ROLE_PERMISSIONS[a.role].map((permission) => ({ permission, role: a.role, unitId: a.unitId })),
  );
  return {
    userId,
    tenantId,
    assignments,
    permissions: new Set(permissionsForRoles(assignments.map((a) => a.role))),
    scoped,
  };
}

/** The units a permission is held in; `'tenant'` when it is held tenant-wide. */
export function permissionScope(p: Principal, permission: Permission): 'tenant' | Set<string> {
  const units = new Set<string>();
  for (const s of p.scoped) {
    if (s.permission !== permission) continue;
    if (s.unitId === null) return 'tenant';
    units.add(s.unitId);
  }
  return units;
}
