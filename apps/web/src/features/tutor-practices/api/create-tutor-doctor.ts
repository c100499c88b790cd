import { tutorDoctorSchema, type CreateTutorDoctor } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { tutorKeys } from './keys';

/** POST /api/gp-areas/:areaId/tutor-doctors (id unused) */
export function createTutorDoctor(v: { areaId: string; id: string; body: CreateTutorDoctor }) {
  return api.post(`/api/gp-areas/${encodeURIComponent(v.areaId)}/tutor-doctors`, v.body, tutorDoctorSchema);
}

/** Refetches the area's data on success and on a conflict (so the form shows what is current). */
export function useCreateTutorDoctor() {
  const queryClient = useQueryClient();
  const refresh = (areaId: string) => void queryClient.invalidateQueries({ queryKey: tutorKeys.area(areaId) });
  return useMutation({
    mutationFn: createTutorDoctor,
    onSuccess: (_d, v) => refresh(v.areaId),
    onError: (_e, v) => refresh(v.areaId),
  });
}
