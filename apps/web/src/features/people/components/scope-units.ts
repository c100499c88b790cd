import { ROLE_PERMISSIONS, type MeResponse, type Permission } from '@portal/contracts';

/**
 * Where the signed-in user holds `permission`: the whole region, or the units of their assignments
 * in force. Only narrows what the pickers offer; the API decides.
 */
export function scopeUnits(me: MeResponse, permission: Permission): 'tenant' | Set<string> {
  const units = new Set<string>();
  for (const a of me.assignments) {
    if (!a.inForce || !ROLE_PERMISSIONS[a.role].includes(permission)) continue;
    if (!a.unit) return 'tenant';
    units.add(a.unit.id);
  }
  return units;
}
