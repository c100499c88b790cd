import { questionnaireListSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { questionnaireKeys } from './keys';

/** GET /api/questionnaires */
export function getQuestionnaires(signal?: AbortSignal) {
  return api.get('/api/questionnaires', questionnaireListSchema, signal);
}
export const questionnairesQueryOptions = () =>
  queryOptions({ queryKey: questionnaireKeys.list, queryFn: ({ signal }) => getQuestionnaires(signal) });
export function useQuestionnaires() {
  return useQuery(questionnairesQueryOptions());
}
