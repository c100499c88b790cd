import { resultsListSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { resultKeys } from './keys';

/** GET /api/questionnaire-results */
export function getResultsList(signal?: AbortSignal) {
  return api.get('/api/questionnaire-results', resultsListSchema, signal);
}

export const resultsListQueryOptions = () =>
  queryOptions({ queryKey: resultKeys.list, queryFn: ({ signal }) => getResultsList(signal) });

export const useResultsList = () => useQuery(resultsListQueryOptions());
