import { caseListSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { caseKeys } from './keys';

/** GET /api/difficulty-cases */
export function getCases(signal?: AbortSignal) {
  return api.get('/api/difficulty-cases', caseListSchema, signal);
}

export const casesQueryOptions = () =>
  queryOptions({ queryKey: caseKeys.list, queryFn: ({ signal }) => getCases(signal) });

export function useCases() {
  return useQuery(casesQueryOptions());
}
