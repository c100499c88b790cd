import { gpCoordinatorHoursSchema, type SetGpAllotment } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { areaUrl, gpAreaKeys } from './keys';

/** PUT /api/gp-areas/:areaId/allotments/:userId (regional administration only; 409 on a stale version) */
export function setAllotment(areaId: string, userId: string, body: SetGpAllotment) {
  return api.put(`${areaUrl(areaId)}/allotments/${encodeURIComponent(userId)}`, body, gpCoordinatorHoursSchema);
}

export function useSetAllotment(areaId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: SetGpAllotment }) => setAllotment(areaId, userId, body),
    onSettled: () => qc.invalidateQueries({ queryKey: gpAreaKeys.all }),
  });
}
