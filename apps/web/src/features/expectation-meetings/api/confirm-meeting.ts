import { expectationMeetingSchema, type ExpectationMeeting } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { invalidateMeetings, meetingKeys } from './keys';

/** POST /api/courses/:courseId/expectation-meeting/confirm: as the trainee or the hovedvejleder */
export function confirmMeeting(courseId: string, version: number): Promise<ExpectationMeeting> {
  return api.post(
    `/api/courses/${encodeURIComponent(courseId)}/expectation-meeting/confirm`,
    { version },
    expectationMeetingSchema,
  );
}

export function useConfirmMeeting(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => confirmMeeting(courseId, version),
    onSuccess: (m) => {
      queryClient.setQueryData(meetingKeys.meeting(courseId), m);
      return invalidateMeetings(queryClient);
    },
  });
}
