import { gpTraineeDetailSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { gpAreaKeys, traineeUrl } from './keys';

/** GET /api/gp-areas/:areaId/trainees/:courseId */
export function getTrainee(areaId: string, courseId: string, signal?: AbortSignal) {
  return api.get(traineeUrl(areaId, courseId), gpTraineeDetailSchema, signal);
}

export const traineeQueryOptions = (areaId: string, courseId: string) =>
  queryOptions({
    queryKey: gpAreaKeys.trainee(areaId, courseId),
    queryFn: ({ signal }) => getTrainee(areaId, courseId, signal),
  });

export function useTrainee(areaId: string, courseId: string) {
  return useQuery(traineeQueryOptions(areaId, courseId));
}
