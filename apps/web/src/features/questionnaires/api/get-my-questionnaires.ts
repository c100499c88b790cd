import { myQuestionnaireListSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { questionnaireKeys } from './keys';

/** GET /api/my/questionnaires: my own open questionnaires with my personal answer link. */
export function getMyQuestionnaires(signal?: AbortSignal) {
  return api.get('/api/my/questionnaires', myQuestionnaireListSchema, signal);
}
export const myQuestionnairesQueryOptions = () =>
  queryOptions({ queryKey: questionnaireKeys.mine, queryFn: ({ signal }) => getMyQuestionnaires(signal) });
export function useMyQuestionnaires() {
  return useQuery(myQuestionnairesQueryOptions());
}
