import { earlyWarningsSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { caseKeys } from './keys';

/** GET /api/early-warnings */
export function getEarlyWarnings(signal?: AbortSignal) {
  return api.get('/api/early-warnings', earlyWarningsSchema, signal);
}

export const earlyWarningsQueryOptions = () =>
  queryOptions({ queryKey: caseKeys.earlyWarnings, queryFn: ({ signal }) => getEarlyWarnings(signal) });

export function useEarlyWarnings() {
  return useQuery(earlyWarningsQueryOptions());
}
