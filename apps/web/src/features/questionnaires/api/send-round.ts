import { sendRoundResultSchema } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { questionnaireKeys, roundUrl } from './keys';

/** POST /api/questionnaires/:questionnaireId/rounds/:roundId/send */
export function sendRound(v: { id: string; roundId: string; version: number }) {
  return api.post(`${roundUrl(v.id, v.roundId)}/send`, { version: v.version }, sendRoundResultSchema);
}

export function useSendRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendRound,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: questionnaireKeys.all }),
  });
}
