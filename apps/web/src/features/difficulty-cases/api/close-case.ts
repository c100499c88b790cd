import { caseDetailSchema, type CloseCase } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { caseKeys, caseUrl } from './keys';

/** POST /api/difficulty-cases/:caseId/close (version; 409 when stale) */
export function closeCase(v: { caseId: string; body: CloseCase }) {
  return api.post(caseUrl(v.caseId, '/close'), v.body, caseDetailSchema);
}

export function useCloseCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeCase,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: caseKeys.all }),
  });
}
