import { tutorDoctorSchema, type TutorDecisionRequest } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { tutorKeys } from './keys';

/** POST /api/gp-areas/:areaId/tutor-doctors/:tutorDoctorId/decision (approval needs the tutor course) */
export function decideTutorDoctor(v: { areaId: string; id: string; body: TutorDecisionRequest }) {
  return api.post(
    `/api/gp-areas/${encodeURIComponent(v.areaId)}/tutor-doctors/${encodeURIComponent(v.id)}/decision`,
    v.body,
    tutorDoctorSchema,
  );
}

/** Refetches the area's data on success and on a conflict (so the form shows what is current). */
export function useDecideTutorDoctor() {
  const queryClient = useQueryClient();
  const refresh = (areaId: string) => void queryClient.invalidateQueries({ queryKey: tutorKeys.area(areaId) });
  return useMutation({
    mutationFn: decideTutorDoctor,
    onSuccess: (_d, v) => refresh(v.areaId),
    onError: (_e, v) => refresh(v.areaId),
  });
}
