import { roundStatusSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { questionnaireKeys, roundUrl } from './keys';

/** GET /api/questionnaires/:questionnaireId/rounds/:roundId/status */
export function getRoundStatus(id: string, roundId: string, signal?: AbortSignal) {
  return api.get(`${roundUrl(id, roundId)}/status`, roundStatusSchema, signal);
}
/** Refreshed every 10 seconds while the round is open: the live response rate. */
export const roundStatusQueryOptions = (id: string, roundId: string) =>
  queryOptions({
    queryKey: questionnaireKeys.status(id, roundId),
    queryFn: ({ signal }) => getRoundStatus(id, roundId, signal),
    refetchInterval: (query) => (query.state.data?.round.state === 'OPEN' ? 10_000 : false),
  });
export function useRoundStatus(id: string, roundId: string) {
  return useQuery(roundStatusQueryOptions(id, roundId));
}
