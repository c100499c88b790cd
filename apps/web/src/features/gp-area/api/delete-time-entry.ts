import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { areaUrl, gpAreaKeys } from './keys';

/** DELETE /api/gp-areas/:areaId/time-entries/:entryId?version= (409 on a stale version) */
export function deleteTimeEntry(areaId: string, entryId: string, version: number) {
  return api.delete(`${areaUrl(areaId)}/time-entries/${encodeURIComponent(entryId)}?version=${version}`);
}

export function useDeleteTimeEntry(areaId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => deleteTimeEntry(areaId, id, version),
    onSettled: () => qc.invalidateQueries({ queryKey: gpAreaKeys.all }),
  });
}
