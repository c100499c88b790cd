import { competenceEventsSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { competenceKeys } from './keys';

/** GET /api/courses/:courseId/competence-events */
export function getCompetenceEvents(courseId: string, signal?: AbortSignal) {
  return api
    .get(`/api/courses/${encodeURIComponent(courseId)}/competence-events`, competenceEventsSchema, signal)
    .then((r) => r.items);
}

export const competenceEventsQueryOptions = (courseId: string) =>
  queryOptions({
    queryKey: competenceKeys.events(courseId),
    queryFn: ({ signal }) => getCompetenceEvents(courseId, signal),
  });

export function useCompetenceEvents(courseId: string, enabled: boolean) {
  return useQuery({ ...competenceEventsQueryOptions(courseId), enabled });
}
