import { escalationChainSchema, type PutEscalationChain } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { courseKeys } from './keys';

/** PUT /api/escalation-chains/:unitId (a stale version answers 409 CONFLICT). */
export function putEscalationChain({ unitId, body }: { unitId: string; body: PutEscalationChain }) {
  return api.put(`/api/escalation-chains/${encodeURIComponent(unitId)}`, body, escalationChainSchema);
}

export function usePutEscalationChain() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putEscalationChain,
    onSuccess: (chain) => {
      queryClient.setQueryData(courseKeys.chain(chain.unit.id), chain);
      void queryClient.invalidateQueries({
        queryKey: courseKeys.chains,
        predicate: (q) => q.queryKey[1] !== chain.unit.id,
      });
    },
  });
}
