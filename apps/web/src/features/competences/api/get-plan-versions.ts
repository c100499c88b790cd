import { planVersionsSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { competenceKeys } from './keys';

/** GET /api/courses/:courseId/education-plan/versions */
export function getPlanVersions(courseId: string, signal?: AbortSignal) {
  return api
    .get(`/api/courses/${encodeURIComponent(courseId)}/education-plan/versions`, planVersionsSchema, signal)
    .then((r) => r.items);
}

export const planVersionsQueryOptions = (courseId: string) =>
  queryOptions({
    queryKey: competenceKeys.planVersions(courseId),
    queryFn: ({ signal }) => getPlanVersions(courseId, signal),
  });

export function usePlanVersions(courseId: string, enabled: boolean) {
  return useQuery({ ...planVersionsQueryOptions(courseId), enabled });
}
