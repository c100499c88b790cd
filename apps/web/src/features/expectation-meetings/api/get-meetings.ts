import { meetingListSchema, type MeetingList } from '@portal/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { meetingKeys, type MeetingListParams } from './keys';

/** GET /api/expectation-meetings?state=…&page=…: meetings of the courses the caller may see, by due date. */
export function getMeetings(q: MeetingListParams, signal?: AbortSignal): Promise<MeetingList> {
  const params = new URLSearchParams();
  if (q.state) params.set('state', q.state);
  if (q.page) params.set('page', String(q.page));
  if (q.pageSize) params.set('pageSize', String(q.pageSize));
  return api.get(`/api/expectation-meetings?${params.toString()}`, meetingListSchema, signal);
}

export const meetingsQueryOptions = (q: MeetingListParams) =>
  queryOptions({
    queryKey: meetingKeys.list(q),
    queryFn: ({ signal }) => getMeetings(q, signal),
    placeholderData: keepPreviousData,
  });

export function useMeetings(q: MeetingListParams) {
  return useQuery(meetingsQueryOptions(q));
}
