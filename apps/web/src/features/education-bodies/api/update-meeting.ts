import { meetingDetailSchema, type MeetingDetail, type UpdateMeetingRequest } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { bodyKeys, invalidateBodies } from './keys';

/** PUT /api/education-meetings/:meetingId (time, place, agenda; 409 when stale) */
export function updateMeeting(meetingId: string, body: UpdateMeetingRequest): Promise<MeetingDetail> {
  return api.put(`/api/education-meetings/${meetingId}`, body, meetingDetailSchema);
}

export function useUpdateMeeting(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMeetingRequest) => updateMeeting(meetingId, body),
    onSuccess: (meeting) => {
      queryClient.setQueryData(bodyKeys.meeting(meetingId), meeting);
      return invalidateBodies(queryClient);
    },
  });
}
