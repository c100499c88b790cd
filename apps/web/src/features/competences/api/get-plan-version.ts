import { planVersionDetailSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { competenceKeys } from './keys';

/** GET /api/courses/:courseId/education-plan/versions/:version (with what changed) */
export function getPlanVersion(courseId: string, version: number, signal?: AbortSignal) {
  return api.get(
    `/api/courses/${encodeURIComponent(courseId)}/education-plan/versions/${version}`,
    planVersionDetailSchema,
    signal,
  );
}

export const planVersionQueryOptions = (courseId: string, version: number) =>
  queryOptions({
    queryKey: competenceKeys.planVersion(courseId, version),
    queryFn: ({ signal }) => getPlanVersion(courseId, version, signal),
    staleTime: Infinity, // versions never change
  });

export function usePlanVersion(courseId: string, version: number | null) {
  return useQuery({ ...planVersionQueryOptions(courseId, version ?? 0), enabled: version !== null });
}
