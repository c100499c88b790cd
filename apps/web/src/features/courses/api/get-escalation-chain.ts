import { escalationChainSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { courseKeys } from './keys';

/** GET /api/escalation-chains/:unitId: one department's chain for editing. */
export const escalationChainQueryOptions = (unitId: string) =>
  queryOptions({
    queryKey: courseKeys.chain(unitId),
    queryFn: ({ signal }) =>
      api.get(`/api/escalation-chains/${encodeURIComponent(unitId)}`, escalationChainSchema, signal),
  });

export function useEscalationChain(unitId: string) {
  return useQuery({ ...escalationChainQueryOptions(unitId), enabled: unitId !== '' });
}
