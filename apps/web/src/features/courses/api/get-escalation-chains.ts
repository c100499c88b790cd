import { escalationChainListSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { courseKeys } from './keys';

/** GET /api/escalation-chains: the departments whose chain the caller edits. */
export const escalationChainsQueryOptions = () =>
  queryOptions({
    queryKey: courseKeys.chains,
    queryFn: async ({ signal }) => (await api.get('/api/escalation-chains', escalationChainListSchema, signal)).items,
  });

export function useEscalationChains() {
  return useQuery(escalationChainsQueryOptions());
}
