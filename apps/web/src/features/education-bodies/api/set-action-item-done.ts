import { meetingDetailSchema, type MeetingDetail } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { bodyKeys, invalidateBodies } from './keys';

/** PUT /api/education-action-items/:itemId/done (managers of the body, or the item's owner) */
export function setActionItemDone(itemId: string, done: boolean): Promise<MeetingDetail> {
  return api.put(`/api/education-action-items/${itemId}/done`, { done }, meetingDetailSchema);
}

export function useSetActionItemDone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, done }: { itemId: string; done: boolean }) => setActionItemDone(itemId, done),
    onSuccess: (meeting) => {
      queryClient.setQueryData(bodyKeys.meeting(meeting.id), meeting);
      return invalidateBodies(queryClient);
    },
  });
}
