import { educationPlanSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { competenceKeys } from './keys';

/** GET /api/courses/:courseId/education-plan */
export function getEducationPlan(courseId: string, signal?: AbortSignal) {
  return api.get(`/api/courses/${encodeURIComponent(courseId)}/education-plan`, educationPlanSchema, signal);
}

export const educationPlanQueryOptions = (courseId: string) =>
  queryOptions({
    queryKey: competenceKeys.plan(courseId),
    queryFn: ({ signal }) => getEducationPlan(courseId, signal),
  });

export function useEducationPlan(courseId: string) {
  return useQuery(educationPlanQueryOptions(courseId));
}
