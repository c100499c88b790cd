import type { RouteDef } from '../../lib/route.js';

/** Function description templates, local parts with two sign-offs, handovers and the mentor scheme. */
export function functionDescriptionRoutes(): RouteDef[] {
  return [];
}
