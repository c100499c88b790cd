import { talkRequestListSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { wellbeingKeys } from './keys';

/** GET /api/talk-requests/mine: the trainee's own requests with their status. */
export function getMyTalkRequests(signal?: AbortSignal) {
  return api.get('/api/talk-requests/mine', talkRequestListSchema, signal);
}

export const myTalkRequestsQueryOptions = () =>
  queryOptions({ queryKey: wellbeingKeys.myTalkRequests, queryFn: ({ signal }) => getMyTalkRequests(signal) });

export const useMyTalkRequests = () => useQuery(myTalkRequestsQueryOptions());
