import { meetingDetailSchema, type MeetingDetail, type CreateActionItemRequest } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { bodyKeys, invalidateBodies } from './keys';

/** POST /api/education-meetings/:meetingId/action-items */
export function addActionItem(meetingId: string, body: CreateActionItemRequest): Promise<MeetingDetail> {
  return api.post(`/api/education-meetings/${meetingId}/action-items`, body, meetingDetailSchema);
}

export function useAddActionItem(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateActionItemRequest) => addActionItem(meetingId, body),
    onSuccess: (meeting) => {
      queryClient.setQueryData(bodyKeys.meeting(meetingId), meeting);
      return invalidateBodies(queryClient);
    },
  });
}
