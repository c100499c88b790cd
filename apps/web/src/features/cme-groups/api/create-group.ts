import { cmeGroupSchema, type CreateCmeGroup } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { cmeKeys } from './keys';

/** POST /api/cme-groups */
export function createGroup(v: CreateCmeGroup) {
  return api.post('/api/cme-groups', v, cmeGroupSchema);
}

/** Every CME query is refetched after a change (counts, coverage and lists depend on each other). */
export function useCreateGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createGroup,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: cmeKeys.all }),
  });
}
