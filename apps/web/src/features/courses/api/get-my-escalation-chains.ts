import { myEscalationChainsSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { courseKeys } from './keys';

/** GET /api/my/escalation-chains: who the trainee calls, in order, for each current course. */
export const myEscalationChainsQueryOptions = () =>
  queryOptions({
    queryKey: courseKeys.myChains,
    queryFn: async ({ signal }) => (await api.get('/api/my/escalation-chains', myEscalationChainsSchema, signal)).items,
  });

export function useMyEscalationChains(enabled = true) {
  return useQuery({ ...myEscalationChainsQueryOptions(), enabled });
}
