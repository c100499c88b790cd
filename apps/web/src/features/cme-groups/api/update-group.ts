import { cmeGroupSchema, type UpdateCmeGroup } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { cmeKeys } from './keys';

/** PUT /api/cme-groups/:groupId (a stale version answers 409 CONFLICT) */
export function updateGroup(v: { id: string; body: UpdateCmeGroup }) {
  return api.put(`/api/cme-groups/${encodeURIComponent(v.id)}`, v.body, cmeGroupSchema);
}

/** Every CME query is refetched after a change (counts, coverage and lists depend on each other). */
export function useUpdateGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateGroup,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: cmeKeys.all }),
  });
}
