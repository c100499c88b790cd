import { meetingDetailSchema, type MeetingDetail, type SetAttendanceRequest } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { bodyKeys, invalidateBodies } from './keys';

/** PUT /api/education-meetings/:meetingId/attendance */
export function setAttendance(meetingId: string, body: SetAttendanceRequest): Promise<MeetingDetail> {
  return api.put(`/api/education-meetings/${meetingId}/attendance`, body, meetingDetailSchema);
}

export function useSetAttendance(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetAttendanceRequest) => setAttendance(meetingId, body),
    onSuccess: (meeting) => {
      queryClient.setQueryData(bodyKeys.meeting(meetingId), meeting);
      return invalidateBodies(queryClient);
    },
  });
}
