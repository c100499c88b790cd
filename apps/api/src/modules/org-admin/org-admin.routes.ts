import type { RouteDef } from '../../lib/route.js';

/** Admin of the organisation tree and specialties (create, rename, move, close). */
export function orgAdminRoutes(): RouteDef[] {
  return [];
}
