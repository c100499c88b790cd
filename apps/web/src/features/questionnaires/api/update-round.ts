import { roundSummarySchema, type RoundInput } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { questionnaireKeys, roundUrl } from './keys';

/** PATCH /api/questionnaires/:questionnaireId/rounds/:roundId (drafts; 409 when stale) */
export function updateRound(v: { id: string; roundId: string; body: RoundInput & { version: number } }) {
  return api.patch(roundUrl(v.id, v.roundId), v.body, roundSummarySchema);
}

export function useUpdateRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRound,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: questionnaireKeys.all }),
  });
}
