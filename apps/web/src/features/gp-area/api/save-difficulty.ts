import { gpDifficultyResponseSchema, type AddGpDifficultyEntry, type UpdateGpDifficultyNote } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { gpAreaKeys, traineeUrl } from './keys';

/** POST /api/gp-areas/:areaId/trainees/:courseId/difficulty/entries (opens the note when there is none) */
export function addDifficultyEntry(areaId: string, courseId: string, body: AddGpDifficultyEntry) {
  return api.post(`${traineeUrl(areaId, courseId)}/difficulty/entries`, body, gpDifficultyResponseSchema);
}

/** PUT /api/gp-areas/:areaId/trainees/:courseId/difficulty (409 on a stale version) */
export function updateDifficulty(areaId: string, courseId: string, body: UpdateGpDifficultyNote) {
  return api.put(`${traineeUrl(areaId, courseId)}/difficulty`, body, gpDifficultyResponseSchema);
}

/** The answer is the note as it is now: put it in the cache instead of reading (and auditing) again. */
export function useAddDifficultyEntry(areaId: string, courseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AddGpDifficultyEntry) => addDifficultyEntry(areaId, courseId, body),
    onSuccess: (data) => qc.setQueryData(gpAreaKeys.difficulty(areaId, courseId), data),
  });
}

export function useUpdateDifficulty(areaId: string, courseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateGpDifficultyNote) => updateDifficulty(areaId, courseId, body),
    onSuccess: (data) => qc.setQueryData(gpAreaKeys.difficulty(areaId, courseId), data),
    onError: () => qc.invalidateQueries({ queryKey: gpAreaKeys.difficulty(areaId, courseId) }),
  });
}
