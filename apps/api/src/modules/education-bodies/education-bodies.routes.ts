import type { RouteDef } from '../../lib/route.js';

/** Education bodies (council, team, forum, network), their members, meetings and action items. */
export function educationBodyRoutes(): RouteDef[] {
  return [];
}
