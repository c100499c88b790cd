import { roundSummarySchema } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { questionnaireKeys, roundUrl } from './keys';

/** POST /api/questionnaires/:questionnaireId/rounds/:roundId/close */
export function closeRound(v: { id: string; roundId: string; version: number }) {
  return api.post(`${roundUrl(v.id, v.roundId)}/close`, { version: v.version }, roundSummarySchema);
}

export function useCloseRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeRound,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: questionnaireKeys.all }),
  });
}
