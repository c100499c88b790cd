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

/**
 * Runs on every authenticated request, so it is one plain SQL statement (no query compilation):
 * the user if active, with the assignments in force today (Danish date).
 */
export async function loadPrincipal(tx: Tx, tenantId: string, userId: string): Promise<Principal | null> {
  const today = todayInDenmark();
  const rows = await tx.$queryRaw<
    { assignment_id: string | null; role: string | null; scope_unit_id: string | null }[]
  >`
    SELECT ra.id::text AS assignment_id, ra.role, ra.scope_unit_id::text AS scope_unit_id
      FROM app_user u
      LEFT JOIN role_assignment ra
        ON ra.tenant_id = u.tenant_id AND ra.user_id = u.id
       AND ra.valid_from <= ${today}::date AND (ra.valid_to IS NULL OR ra.valid_to >= ${today}::date)
     WHERE u.tenant_id = ${tenantId}::uuid AND u.id = ${userId}::uuid AND u.deactivated_at IS NULL
     ORDER BY ra.created_at`;
  if (rows.length === 0) return null;
  const assignments = rows
    .filter((r) => r.assignment_id !== null)
    .map((r) => ({ id: r.assignment_id!, role: roleSchema.parse(r.role), unitId: r.scope_unit_id }));
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
