import { casePlanVersionSchema, type WritePlan } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { caseKeys, caseUrl } from './keys';

/** POST /api/difficulty-cases/:caseId/plan (a new version; 409 when not based on the latest) */
export function writePlan(v: { caseId: string; body: WritePlan }) {
  return api.post(caseUrl(v.caseId, '/plan'), v.body, casePlanVersionSchema);
}

export function useWritePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: writePlan,
    // Success or conflict: refetch the plan (on a conflict it shows what is current now) and the log.
    onSettled: (_d, _e, v) => void queryClient.invalidateQueries({ queryKey: caseKeys.case(v.caseId) }),
  });
}
