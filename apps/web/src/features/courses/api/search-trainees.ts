import { personCandidateListSchema } from '@portal/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { courseKeys } from './keys';

/** GET /api/courses/trainee-candidates?q=: active people by name or e-mail (from 2 characters). */
export const traineeSearchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: courseKeys.trainees(q),
    queryFn: async ({ signal }) =>
      (await api.get(`/api/courses/trainee-candidates?q=${encodeURIComponent(q)}`, personCandidateListSchema, signal))
        .items,
  });

export function useTraineeSearch(q: string) {
  return useQuery({
    ...traineeSearchQueryOptions(q),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
}
