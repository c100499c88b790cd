import { evaluationCommitResultSchema, type EvaluationFile } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { tutorKeys } from './keys';

/** POST /api/gp-areas/:areaId/evaluations/commit (id unused; all rows or none) */
export function commitEvaluations(v: { areaId: string; id: string; body: EvaluationFile }) {
  return api.post(
    `/api/gp-areas/${encodeURIComponent(v.areaId)}/evaluations/commit`,
    v.body,
    evaluationCommitResultSchema,
  );
}

/** Refetches the area's data on success and on a conflict (so the form shows what is current). */
export function useCommitEvaluations() {
  const queryClient = useQueryClient();
  const refresh = (areaId: string) => void queryClient.invalidateQueries({ queryKey: tutorKeys.area(areaId) });
  return useMutation({
    mutationFn: commitEvaluations,
    onSuccess: (_d, v) => refresh(v.areaId),
    onError: (_e, v) => refresh(v.areaId),
  });
}
