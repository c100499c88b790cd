import { myMeetingListSchema, type MyMeeting } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { bodyKeys } from './keys';

/** GET /api/me/meetings: upcoming meetings of the bodies the caller is a member of. */
export async function getMyMeetings(signal?: AbortSignal): Promise<MyMeeting[]> {
  const { items } = await api.get('/api/me/meetings', myMeetingListSchema, signal);
  return items;
}

export const myMeetingsQueryOptions = () =>
  queryOptions({ queryKey: bodyKeys.myMeetings, queryFn: ({ signal }) => getMyMeetings(signal) });

export function useMyMeetings() {
  return useQuery(myMeetingsQueryOptions());
}
