import { memberSchema, type Member, type UpdateMemberRequest } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { invalidateBodies } from './keys';

/** PUT /api/education-bodies/:bodyId/members/:memberId (e.g. end a membership) */
export function updateMember(bodyId: string, memberId: string, body: UpdateMemberRequest): Promise<Member> {
  return api.put(`/api/education-bodies/${bodyId}/members/${memberId}`, body, memberSchema);
}

export function useUpdateMember(bodyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, body }: { memberId: string; body: UpdateMemberRequest }) =>
      updateMember(bodyId, memberId, body),
    onSuccess: () => invalidateBodies(queryClient),
  });
}
