import { cmeCoverageSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { cmeKeys } from './keys';

/** GET /api/cme-groups/coverage */
export function getCoverage(signal?: AbortSignal) {
  return api.get('/api/cme-groups/coverage', cmeCoverageSchema, signal);
}
export const coverageQueryOptions = () =>
  queryOptions({ queryKey: cmeKeys.coverage, queryFn: ({ signal }) => getCoverage(signal) });
export function useCoverage() {
  return useQuery(coverageQueryOptions());
}
