import { gpPracticeOptionsSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { cmeKeys } from './keys';

/** GET /api/general-practitioners/practices */
export function getPractices(signal?: AbortSignal) {
  return api.get('/api/general-practitioners/practices', gpPracticeOptionsSchema, signal);
}
export const practicesQueryOptions = () =>
  queryOptions({ queryKey: cmeKeys.practices, queryFn: ({ signal }) => getPractices(signal), staleTime: 60_000 });
export function usePractices() {
  return useQuery(practicesQueryOptions());
}
