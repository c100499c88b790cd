import { personCandidateListSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { courseKeys } from './keys';

/** GET /api/courses/:courseId/supervisor-candidates: supervisors, UAO and UKS of the course's unit. */
export const supervisorCandidatesQueryOptions = (id: string) =>
  queryOptions({
    queryKey: courseKeys.supervisorCandidates(id),
    queryFn: async ({ signal }) =>
      (await api.get(`/api/courses/${encodeURIComponent(id)}/supervisor-candidates`, personCandidateListSchema, signal))
        .items,
  });

export function useSupervisorCandidates(id: string, enabled: boolean) {
  return useQuery({ ...supervisorCandidatesQueryOptions(id), enabled });
}
