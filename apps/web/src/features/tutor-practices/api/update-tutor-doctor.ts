import { tutorDoctorSchema, type UpdateTutorDoctor } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { tutorKeys } from './keys';

/** PUT /api/gp-areas/:areaId/tutor-doctors/:tutorDoctorId */
export function updateTutorDoctor(v: { areaId: string; id: string; body: UpdateTutorDoctor }) {
  return api.put(
    `/api/gp-areas/${encodeURIComponent(v.areaId)}/tutor-doctors/${encodeURIComponent(v.id)}`,
    v.body,
    tutorDoctorSchema,
  );
}

/** Refetches the area's data on success and on a conflict (so the form shows what is current). */
export function useUpdateTutorDoctor() {
  const queryClient = useQueryClient();
  const refresh = (areaId: string) => void queryClient.invalidateQueries({ queryKey: tutorKeys.area(areaId) });
  return useMutation({
    mutationFn: updateTutorDoctor,
    onSuccess: (_d, v) => refresh(v.areaId),
    onError: (_e, v) => refresh(v.areaId),
  });
}
