import { evaluationOverviewSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { tutorKeys } from './keys';

/** GET /api/gp-areas/:areaId/evaluations */
export function getEvaluations(areaId: string, signal?: AbortSignal) {
  return api.get(`/api/gp-areas/${encodeURIComponent(areaId)}/evaluations`, evaluationOverviewSchema, signal);
}

export const evaluationsQueryOptions = (areaId: string) =>
  queryOptions({ queryKey: tutorKeys.evaluations(areaId), queryFn: ({ signal }) => getEvaluations(areaId, signal) });

export function useEvaluations(areaId: string) {
  return useQuery(evaluationsQueryOptions(areaId));
}
