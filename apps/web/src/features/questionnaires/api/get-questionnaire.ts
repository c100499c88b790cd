import { questionnaireDetailSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { qUrl, questionnaireKeys } from './keys';

/** GET /api/questionnaires/:questionnaireId */
export function getQuestionnaire(id: string, signal?: AbortSignal) {
  return api.get(qUrl(id), questionnaireDetailSchema, signal);
}
export const questionnaireQueryOptions = (id: string) =>
  queryOptions({ queryKey: questionnaireKeys.detail(id), queryFn: ({ signal }) => getQuestionnaire(id, signal) });
export function useQuestionnaire(id: string) {
  return useQuery(questionnaireQueryOptions(id));
}
