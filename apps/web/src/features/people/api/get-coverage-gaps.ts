import { coverageGapsSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function getCoverageGaps(signal?: AbortSignal) {
  return api.get('/api/coverage-gaps', coverageGapsSchema, signal);
}

export const coverageGapsQueryOptions = () =>
  queryOptions({ queryKey: ['coverage-gaps'], queryFn: ({ signal }) => getCoverageGaps(signal) });

export function useCoverageGaps() {
  return useQuery(coverageGapsQueryOptions());
}
