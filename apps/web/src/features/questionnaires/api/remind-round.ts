import { remindResultSchema } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { questionnaireKeys, roundUrl } from './keys';

/** POST /api/questionnaires/:questionnaireId/rounds/:roundId/remind */
export function remindRound(v: { id: string; roundId: string }) {
  return api.post(`${roundUrl(v.id, v.roundId)}/remind`, undefined, remindResultSchema);
}

export function useRemindRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: remindRound,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: questionnaireKeys.all }),
  });
}
