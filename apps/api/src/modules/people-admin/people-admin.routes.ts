import type { RouteDef } from '../../lib/route.js';

/** Admin of people and their role assignments (list, create, edit, deactivate, assign roles, coverage gaps). */
export function peopleAdminRoutes(): RouteDef[] {
  return [];
}
