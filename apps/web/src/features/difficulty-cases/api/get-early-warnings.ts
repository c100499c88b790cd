import { earlyWarningsSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { caseKeys } from './keys';

/** GET /api/early-warnings (`all`: also the watched courses without a signal, for the case form). */
export function getEarlyWarnings(all: boolean, signal?: AbortSignal) {
  return api.get(all ? '/api/early-warnings?all=true' : '/api/early-warnings', earlyWarningsSchema, signal);
}

export const earlyWarningsQueryOptions = (all = false) =>
  queryOptions({
    queryKey: [...caseKeys.earlyWarnings, { all }],
    queryFn: ({ signal }) => getEarlyWarnings(all, signal),
  });

export function useEarlyWarnings(all = false) {
  return useQuery(earlyWarningsQueryOptions(all));
}
