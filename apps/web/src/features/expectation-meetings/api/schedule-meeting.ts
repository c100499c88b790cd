import { expectationMeetingSchema, type ExpectationMeeting, type ScheduleMeetingInput } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { invalidateMeetings, meetingKeys } from './keys';

/** PUT /api/courses/:courseId/expectation-meeting/schedule (409 when someone saved in between) */
export function scheduleMeeting(courseId: string, body: ScheduleMeetingInput): Promise<ExpectationMeeting> {
  return api.put(
    `/api/courses/${encodeURIComponent(courseId)}/expectation-meeting/schedule`,
    body,
    expectationMeetingSchema,
  );
}

export function useScheduleMeeting(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ScheduleMeetingInput) => scheduleMeeting(courseId, body),
    onSuccess: (m) => {
      queryClient.setQueryData(meetingKeys.meeting(courseId), m);
      return invalidateMeetings(queryClient);
    },
  });
}
