import { meetingDetailSchema, type MeetingDetail, type SetMeetingStatusRequest } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { bodyKeys, invalidateBodies } from './keys';

/** PUT /api/education-meetings/:meetingId/status (planned, held, cancelled) */
export function setMeetingStatus(meetingId: string, body: SetMeetingStatusRequest): Promise<MeetingDetail> {
  return api.put(`/api/education-meetings/${meetingId}/status`, body, meetingDetailSchema);
}

export function useSetMeetingStatus(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetMeetingStatusRequest) => setMeetingStatus(meetingId, body),
    onSuccess: (meeting) => {
      queryClient.setQueryData(bodyKeys.meeting(meetingId), meeting);
      return invalidateBodies(queryClient);
    },
  });
}
