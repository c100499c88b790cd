import type { MeetingListQuery } from '@portal/contracts';
import type { QueryClient } from '@tanstack/react-query';

/** The list's query as the screens build it (the API receives strings). */
export interface MeetingListParams {
  state?: NonNullable<MeetingListQuery['state']>;
  page?: number;
  pageSize?: number;
}
export interface PageParams {
  page?: number;
  pageSize?: number;
}

/** Query keys of the feature; every key starts with 'expectation-meetings' so a change refreshes them all. */
export const meetingKeys = {
  all: ['expectation-meetings'] as const,
  meeting: (courseId: string) => ['expectation-meetings', 'course', courseId] as const,
  list: (q: MeetingListParams) => ['expectation-meetings', 'list', q] as const,
  notifications: (q: PageParams) => ['notifications', 'mine', q] as const,
};

/** After a change: the meeting, and every list it may appear in. */
export function invalidateMeetings(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: meetingKeys.all });
}
