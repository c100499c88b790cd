import { expectationMeetingSchema, type ExpectationMeeting, type RecordMeetingInput } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { invalidateMeetings, meetingKeys } from './keys';

/** PUT /api/courses/:courseId/expectation-meeting/record (a changed record clears the confirmations) */
export function recordMeeting(courseId: string, body: RecordMeetingInput): Promise<ExpectationMeeting> {
  return api.put(
    `/api/courses/${encodeURIComponent(courseId)}/expectation-meeting/record`,
    body,
    expectationMeetingSchema,
  );
}

export function useRecordMeeting(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordMeetingInput) => recordMeeting(courseId, body),
    onSuccess: (m) => {
      queryClient.setQueryData(meetingKeys.meeting(courseId), m);
      return invalidateMeetings(queryClient);
    },
  });
}
