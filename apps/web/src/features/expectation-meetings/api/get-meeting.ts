import { expectationMeetingSchema, type ExpectationMeeting } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { meetingKeys } from './keys';

/** GET /api/courses/:courseId/expectation-meeting */
export function getMeeting(courseId: string, signal?: AbortSignal): Promise<ExpectationMeeting> {
  return api.get(`/api/courses/${encodeURIComponent(courseId)}/expectation-meeting`, expectationMeetingSchema, signal);
}

export const meetingQueryOptions = (courseId: string) =>
  queryOptions({ queryKey: meetingKeys.meeting(courseId), queryFn: ({ signal }) => getMeeting(courseId, signal) });

export function useMeeting(courseId: string) {
  return useQuery(meetingQueryOptions(courseId));
}
