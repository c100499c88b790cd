import { meetingDetailSchema, type MeetingDetail, type UpdateMinutesRequest } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { bodyKeys, invalidateBodies } from './keys';

/** PUT /api/education-meetings/:meetingId/minutes (409 when someone saved in between) */
export function updateMinutes(meetingId: string, body: UpdateMinutesRequest): Promise<MeetingDetail> {
  return api.put(`/api/education-meetings/${meetingId}/minutes`, body, meetingDetailSchema);
}

export function useUpdateMinutes(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMinutesRequest) => updateMinutes(meetingId, body),
    onSuccess: (meeting) => {
      queryClient.setQueryData(bodyKeys.meeting(meetingId), meeting);
      return invalidateBodies(queryClient);
    },
  });
}
