import { defusingListSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { wellbeingKeys } from './keys';

/** GET /api/defusings/mine */
export function getMyDefusings(signal?: AbortSignal) {
  return api.get('/api/defusings/mine', defusingListSchema, signal);
}

export const myDefusingsQueryOptions = () =>
  queryOptions({ queryKey: wellbeingKeys.myDefusings, queryFn: ({ signal }) => getMyDefusings(signal) });

export const useMyDefusings = () => useQuery(myDefusingsQueryOptions());
