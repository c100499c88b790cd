import { recruitmentSchema, type RecruitmentChange } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { tutorKeys } from './keys';

/** POST /api/gp-areas/:areaId/practices/:practiceId/recruitment (id = practice) */
export function changeRecruitment(v: { areaId: string; id: string; body: RecruitmentChange }) {
  return api.post(
    `/api/gp-areas/${encodeURIComponent(v.areaId)}/practices/${encodeURIComponent(v.id)}/recruitment`,
    v.body,
    recruitmentSchema,
  );
}

/** Refetches the area's data on success and on a conflict (so the form shows what is current). */
export function useChangeRecruitment() {
  const queryClient = useQueryClient();
  const refresh = (areaId: string) => void queryClient.invalidateQueries({ queryKey: tutorKeys.area(areaId) });
  return useMutation({
    mutationFn: changeRecruitment,
    onSuccess: (_d, v) => refresh(v.areaId),
    onError: (_e, v) => refresh(v.areaId),
  });
}
