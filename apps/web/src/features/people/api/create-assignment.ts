import { roleAssignmentViewSchema, type CreateAssignmentRequest } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function createAssignment(userId: string, body: CreateAssignmentRequest) {
  return api.post(`/api/people/${encodeURIComponent(userId)}/assignments`, body, roleAssignmentViewSchema);
}

/** Giving a role changes the person, the people list, the role overview and the coverage gaps. */
export function useCreateAssignment(userId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAssignmentRequest) => createAssignment(userId, body),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['people'] }),
        qc.invalidateQueries({ queryKey: ['role-assignments'] }),
        qc.invalidateQueries({ queryKey: ['coverage-gaps'] }),
      ]),
  });
}
