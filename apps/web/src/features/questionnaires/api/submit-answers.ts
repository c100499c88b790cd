import type { SubmitAnswers } from '@portal/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** POST /api/questionnaire-answers/:token (public; single use) */
export function submitAnswers(v: { token: string; body: SubmitAnswers }) {
  return api.post(`/api/questionnaire-answers/${encodeURIComponent(v.token)}`, v.body);
}
export function useSubmitAnswers() {
  return useMutation({ mutationFn: submitAnswers });
}
