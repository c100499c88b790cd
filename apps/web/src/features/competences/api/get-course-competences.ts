import { courseCompetencesSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { competenceKeys } from './keys';

/** GET /api/courses/:courseId/competences */
export function getCourseCompetences(courseId: string, signal?: AbortSignal) {
  return api.get(`/api/courses/${encodeURIComponent(courseId)}/competences`, courseCompetencesSchema, signal);
}

export const courseCompetencesQueryOptions = (courseId: string) =>
  queryOptions({
    queryKey: competenceKeys.course(courseId),
    queryFn: ({ signal }) => getCourseCompetences(courseId, signal),
  });

export function useCourseCompetences(courseId: string) {
  return useQuery(courseCompetencesQueryOptions(courseId));
}
