import type { RouteDef } from '../../lib/route.js';

/** Bulk import of departments, people and role assignments (CSV / XLSX): preview, then all-or-nothing commit. */
export function importRoutes(): RouteDef[] {
  return [];
}
