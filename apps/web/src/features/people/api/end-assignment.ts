import { roleAssignmentViewSchema } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function endAssignment(assignmentId: string, validTo?: string) {
  return api.post(
    `/api/role-assignments/${encodeURIComponent(assignmentId)}/end`,
    validTo ? { validTo } : {},
    roleAssignmentViewSchema,
  );
}

export function useEndAssignment() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { assignmentId: string; validTo?: string }) => endAssignment(v.assignmentId, v.validTo),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['people'] }),
        qc.invalidateQueries({ queryKey: ['role-assignments'] }),
        qc.invalidateQueries({ queryKey: ['coverage-gaps'] }),
      ]),
  });
}
