import { cmeGroupSchema } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { cmeKeys } from './keys';

/** DELETE /api/cme-groups/:groupId/meetings/:meetingId */
export function deleteMeeting(v: { id: string; meetingId: string }) {
  return api.delete(
    `/api/cme-groups/${encodeURIComponent(v.id)}/meetings/${encodeURIComponent(v.meetingId)}`,
    cmeGroupSchema,
  );
}

/** Every CME query is refetched after a change (counts, coverage and lists depend on each other). */
export function useDeleteMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteMeeting,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: cmeKeys.all }),
  });
}
