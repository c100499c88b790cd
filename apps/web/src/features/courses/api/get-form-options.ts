import { courseFormOptionsSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { courseKeys } from './keys';

/** GET /api/courses/form-options: units the caller manages, all placement units, specialties. */
export const formOptionsQueryOptions = () =>
  queryOptions({
    queryKey: courseKeys.formOptions,
    queryFn: ({ signal }) => api.get('/api/courses/form-options', courseFormOptionsSchema, signal),
    staleTime: 5 * 60_000,
  });

export function useFormOptions(enabled = true) {
  return useQuery({ ...formOptionsQueryOptions(), enabled });
}
