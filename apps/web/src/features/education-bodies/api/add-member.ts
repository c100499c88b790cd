import { memberSchema, type AddMemberRequest, type Member } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { invalidateBodies } from './keys';

/** POST /api/education-bodies/:bodyId/members */
export function addMember(bodyId: string, body: AddMemberRequest): Promise<Member> {
  return api.post(`/api/education-bodies/${bodyId}/members`, body, memberSchema);
}

export function useAddMember(bodyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddMemberRequest) => addMember(bodyId, body),
    onSuccess: () => invalidateBodies(queryClient),
  });
}
