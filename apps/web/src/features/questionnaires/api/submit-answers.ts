import type { SubmitAnswers } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { questionnaireKeys } from './keys';

/** POST /api/questionnaire-answers/:token (public; single use) */
export function submitAnswers(v: { token: string; body: SubmitAnswers }) {
  return api.post(`/api/questionnaire-answers/${encodeURIComponent(v.token)}`, v.body);
}
export function useSubmitAnswers() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: submitAnswers,
    // A signed-in recipient answering from the start page's card: the card drops the answered one.
    onSuccess: () => qc.invalidateQueries({ queryKey: questionnaireKeys.mine }),
  });
}
