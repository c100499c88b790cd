import { roundSummarySchema, type RoundInput } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { qUrl, questionnaireKeys } from './keys';

/** POST /api/questionnaires/:questionnaireId/rounds */
export function createRound(v: { id: string; body: RoundInput }) {
  return api.post(`${qUrl(v.id)}/rounds`, v.body, roundSummarySchema);
}

export function useCreateRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRound,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: questionnaireKeys.all }),
  });
}
