import { cmeGroupSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { cmeKeys } from './keys';

/** GET /api/cme-groups/:groupId */
export function getGroup(id: string, signal?: AbortSignal) {
  return api.get(`/api/cme-groups/${encodeURIComponent(id)}`, cmeGroupSchema, signal);
}
export const groupQueryOptions = (id: string) =>
  queryOptions({ queryKey: cmeKeys.group(id), queryFn: ({ signal }) => getGroup(id, signal) });
export function useGroup(id: string) {
  return useQuery(groupQueryOptions(id));
}
