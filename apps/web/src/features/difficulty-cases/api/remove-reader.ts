import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { caseKeys, caseUrl } from './keys';

/** DELETE /api/difficulty-cases/:caseId/readers/:readerId */
export function removeReader(v: { caseId: string; readerId: string }) {
  return api.delete(caseUrl(v.caseId, `/readers/${encodeURIComponent(v.readerId)}`));
}

export function useRemoveReader() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeReader,
    onSettled: (_d, _e, v) => void queryClient.invalidateQueries({ queryKey: caseKeys.case(v.caseId) }),
  });
}
