import { gpTimeEntrySchema, type GpTimeEntryFields, type UpdateGpTimeEntry } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { areaUrl, gpAreaKeys } from './keys';

/** POST /api/gp-areas/:areaId/time-entries */
export function createTimeEntry(areaId: string, body: GpTimeEntryFields) {
  return api.post(`${areaUrl(areaId)}/time-entries`, body, gpTimeEntrySchema);
}

/** PUT /api/gp-areas/:areaId/time-entries/:entryId (409 on a stale version) */
export function updateTimeEntry(areaId: string, entryId: string, body: UpdateGpTimeEntry) {
  return api.put(`${areaUrl(areaId)}/time-entries/${encodeURIComponent(entryId)}`, body, gpTimeEntrySchema);
}

export function useCreateTimeEntry(areaId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: GpTimeEntryFields) => createTimeEntry(areaId, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: gpAreaKeys.all }),
  });
}

export function useUpdateTimeEntry(areaId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateGpTimeEntry }) => updateTimeEntry(areaId, id, body),
    onSettled: () => qc.invalidateQueries({ queryKey: gpAreaKeys.all }),
  });
}
