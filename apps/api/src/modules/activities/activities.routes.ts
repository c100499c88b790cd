import type { RouteDef } from '../../lib/route.js';

/** Tutorcentret activities: visits, supervisor courses, theme days, workshops; counts per period. */
export function activityRoutes(): RouteDef[] {
  return [];
}
