import { programmeVersionSchema, type ApproveProgrammeVersion } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { tutorKeys } from './keys';

/** POST /api/gp-areas/:areaId/programme-versions/:versionId/approval */
export function approveProgrammeVersion(v: { areaId: string; id: string; body: ApproveProgrammeVersion }) {
  return api.post(
    `/api/gp-areas/${encodeURIComponent(v.areaId)}/programme-versions/${encodeURIComponent(v.id)}/approval`,
    v.body,
    programmeVersionSchema,
  );
}

/** Refetches the area's data on success and on a conflict (so the form shows what is current). */
export function useApproveProgrammeVersion() {
  const queryClient = useQueryClient();
  const refresh = (areaId: string) => void queryClient.invalidateQueries({ queryKey: tutorKeys.area(areaId) });
  return useMutation({
    mutationFn: approveProgrammeVersion,
    onSuccess: (_d, v) => refresh(v.areaId),
    onError: (_e, v) => refresh(v.areaId),
  });
}
