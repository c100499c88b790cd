import { evaluationFollowUpSchema, type SaveFollowUp } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { tutorKeys } from './keys';

/** PUT /api/gp-areas/:areaId/evaluation-follow-ups (id unused) */
export function saveFollowUp(v: { areaId: string; id: string; body: SaveFollowUp }) {
  return api.put(
    `/api/gp-areas/${encodeURIComponent(v.areaId)}/evaluation-follow-ups`,
    v.body,
    evaluationFollowUpSchema,
  );
}

/** Refetches the area's data on success and on a conflict (so the form shows what is current). */
export function useSaveFollowUp() {
  const queryClient = useQueryClient();
  const refresh = (areaId: string) => void queryClient.invalidateQueries({ queryKey: tutorKeys.area(areaId) });
  return useMutation({
    mutationFn: saveFollowUp,
    onSuccess: (_d, v) => refresh(v.areaId),
    onError: (_e, v) => refresh(v.areaId),
  });
}
