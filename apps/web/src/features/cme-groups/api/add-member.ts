import { cmeGroupSchema, type AddCmeMember } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { cmeKeys } from './keys';

/** POST /api/cme-groups/:groupId/members */
export function addMember(v: { id: string; body: AddCmeMember }) {
  return api.post(`/api/cme-groups/${encodeURIComponent(v.id)}/members`, v.body, cmeGroupSchema);
}

/** Every CME query is refetched after a change (counts, coverage and lists depend on each other). */
export function useAddMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addMember,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: cmeKeys.all }),
  });
}
