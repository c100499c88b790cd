import { cmeGroupListSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { cmeKeys } from './keys';

/** GET /api/cme-groups?state= */
export function getGroups(state: 'active' | 'closed' | 'all', signal?: AbortSignal) {
  return api.get(`/api/cme-groups?state=${state}`, cmeGroupListSchema, signal);
}
export const groupsQueryOptions = (state: 'active' | 'closed' | 'all') =>
  queryOptions({ queryKey: cmeKeys.groups(state), queryFn: ({ signal }) => getGroups(state, signal) });
export function useGroups(state: 'active' | 'closed' | 'all') {
  return useQuery(groupsQueryOptions(state));
}
