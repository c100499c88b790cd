import { cmeGroupSchema, type EndCmeMember } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { cmeKeys } from './keys';

/** PUT /api/cme-groups/:groupId/members/:memberId */
export function endMember(v: { id: string; memberId: string; body: EndCmeMember }) {
  return api.put(
    `/api/cme-groups/${encodeURIComponent(v.id)}/members/${encodeURIComponent(v.memberId)}`,
    v.body,
    cmeGroupSchema,
  );
}

/** Every CME query is refetched after a change (counts, coverage and lists depend on each other). */
export function useEndMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endMember,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: cmeKeys.all }),
  });
}
