import { answerFormSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { questionnaireKeys } from './keys';

/** GET /api/questionnaire-answers/:token (public: the personal link is the key) */
export function getAnswerForm(token: string, signal?: AbortSignal) {
  return api.get(`/api/questionnaire-answers/${encodeURIComponent(token)}`, answerFormSchema, signal);
}
export const answerFormQueryOptions = (token: string) =>
  queryOptions({
    queryKey: questionnaireKeys.answerForm(token),
    queryFn: ({ signal }) => getAnswerForm(token, signal),
    retry: false,
    staleTime: Infinity,
  });
export function useAnswerForm(token: string) {
  return useQuery(answerFormQueryOptions(token));
}
