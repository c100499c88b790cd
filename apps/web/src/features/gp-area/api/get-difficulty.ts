import { gpDifficultyResponseSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { gpAreaKeys, traineeUrl } from './keys';

/** GET /api/gp-areas/:areaId/trainees/:courseId/difficulty (audited on the server; AMUs only) */
export function getDifficulty(areaId: string, courseId: string, signal?: AbortSignal) {
  return api.get(`${traineeUrl(areaId, courseId)}/difficulty`, gpDifficultyResponseSchema, signal);
}

export const difficultyQueryOptions = (areaId: string, courseId: string) =>
  queryOptions({
    queryKey: gpAreaKeys.difficulty(areaId, courseId),
    queryFn: ({ signal }) => getDifficulty(areaId, courseId, signal),
    // Every read is audited: do not re-read on focus or remount.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

/** Opened only on request (`enabled`), so that a visit to the trainee page does not read it. */
export function useDifficulty(areaId: string, courseId: string, enabled: boolean) {
  return useQuery({ ...difficultyQueryOptions(areaId, courseId), enabled });
}
