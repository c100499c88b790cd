import { orgUnitListSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** The region's open units, for the unit pickers of this feature (GET /api/org-units). */
export function getUnits(signal?: AbortSignal) {
  return api.get('/api/org-units', orgUnitListSchema, signal).then((r) => r.items);
}

export const unitsQueryOptions = () =>
  queryOptions({
    queryKey: ['org-units', 'people-pickers'],
    queryFn: ({ signal }) => getUnits(signal),
    staleTime: 60_000,
  });

export function useUnits() {
  return useQuery(unitsQueryOptions());
}
