import { talkRequestListSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { wellbeingKeys } from './keys';

/** GET /api/talk-requests?state=: requests addressed to me. */
export function getTalkRequests(state: 'open' | 'all', signal?: AbortSignal) {
  return api.get(`/api/talk-requests?state=${state}`, talkRequestListSchema, signal);
}

export const talkRequestsQueryOptions = (state: 'open' | 'all') =>
  queryOptions({
    queryKey: wellbeingKeys.talkRequests(state),
    queryFn: ({ signal }) => getTalkRequests(state, signal),
  });

export const useTalkRequests = (state: 'open' | 'all') => useQuery(talkRequestsQueryOptions(state));
