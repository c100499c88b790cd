import { orgUnitListSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { competenceKeys } from './keys';

/** The region's units (GET /api/org-units), for the department picker of the progress page. */
export function getUnits(signal?: AbortSignal) {
  return api.get('/api/org-units', orgUnitListSchema, signal).then((r) => r.items);
}

export const unitsQueryOptions = () =>
  queryOptions({ queryKey: competenceKeys.units, queryFn: ({ signal }) => getUnits(signal), staleTime: 60_000 });

export function useUnits(enabled: boolean) {
  return useQuery({ ...unitsQueryOptions(), enabled });
}
