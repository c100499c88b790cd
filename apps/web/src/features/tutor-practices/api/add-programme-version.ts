import { programmeVersionSchema, type CreateProgrammeVersion } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { tutorKeys } from './keys';

/** POST /api/gp-areas/:areaId/practices/:practiceId/programme-versions (id = practice) */
export function addProgrammeVersion(v: { areaId: string; id: string; body: CreateProgrammeVersion }) {
  return api.post(
    `/api/gp-areas/${encodeURIComponent(v.areaId)}/practices/${encodeURIComponent(v.id)}/programme-versions`,
    v.body,
    programmeVersionSchema,
  );
}

/** Refetches the area's data on success and on a conflict (so the form shows what is current). */
export function useAddProgrammeVersion() {
  const queryClient = useQueryClient();
  const refresh = (areaId: string) => void queryClient.invalidateQueries({ queryKey: tutorKeys.area(areaId) });
  return useMutation({
    mutationFn: addProgrammeVersion,
    onSuccess: (_d, v) => refresh(v.areaId),
    onError: (_e, v) => refresh(v.areaId),
  });
}
