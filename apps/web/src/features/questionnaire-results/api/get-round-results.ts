import { roundResultsSchema, type ResultGroupBy } from '@portal/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { resultKeys } from './keys';

/** GET /api/questionnaire-results/rounds/:roundId?groupBy= */
export function getRoundResults(roundId: string, groupBy: ResultGroupBy, signal?: AbortSignal) {
  const q = new URLSearchParams({ groupBy });
  return api.get(
    `/api/questionnaire-results/rounds/${encodeURIComponent(roundId)}?${q.toString()}`,
    roundResultsSchema,
    signal,
  );
}

export const roundResultsQueryOptions = (roundId: string, groupBy: ResultGroupBy) =>
  queryOptions({
    queryKey: resultKeys.round(roundId, groupBy),
    queryFn: ({ signal }) => getRoundResults(roundId, groupBy, signal),
    placeholderData: keepPreviousData,
  });

export const useRoundResults = (roundId: string, groupBy: ResultGroupBy) =>
  useQuery(roundResultsQueryOptions(roundId, groupBy));
