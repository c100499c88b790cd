import { tutorOverviewSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { tutorKeys } from './keys';

/** GET /api/gp-areas/:areaId/tutors */
export function getTutorOverview(areaId: string, signal?: AbortSignal) {
  return api.get(`/api/gp-areas/${encodeURIComponent(areaId)}/tutors`, tutorOverviewSchema, signal);
}

export const tutorOverviewQueryOptions = (areaId: string) =>
  queryOptions({ queryKey: tutorKeys.overview(areaId), queryFn: ({ signal }) => getTutorOverview(areaId, signal) });

export function useTutorOverview(areaId: string) {
  return useQuery(tutorOverviewQueryOptions(areaId));
}
