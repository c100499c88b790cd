import { cmeGroupSchema, type CmeMeetingInput } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { cmeKeys } from './keys';

/** POST /api/cme-groups/:groupId/meetings */
export function addMeeting(v: { id: string; body: CmeMeetingInput }) {
  return api.post(`/api/cme-groups/${encodeURIComponent(v.id)}/meetings`, v.body, cmeGroupSchema);
}

/** Every CME query is refetched after a change (counts, coverage and lists depend on each other). */
export function useAddMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addMeeting,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: cmeKeys.all }),
  });
}
