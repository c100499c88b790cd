import { gpAreaListSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { gpAreaKeys } from './keys';

/** GET /api/gp-areas */
export function getAreas(signal?: AbortSignal) {
  return api.get('/api/gp-areas', gpAreaListSchema, signal);
}

export const areasQueryOptions = () =>
  queryOptions({ queryKey: gpAreaKeys.areas, queryFn: ({ signal }) => getAreas(signal) });

export function useAreas() {
  return useQuery(areasQueryOptions());
}
