import { gpTraineeListSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { areaUrl, gpAreaKeys } from './keys';

/** GET /api/gp-areas/:areaId/trainees */
export function getTrainees(areaId: string, signal?: AbortSignal) {
  return api.get(`${areaUrl(areaId)}/trainees`, gpTraineeListSchema, signal);
}

export const traineesQueryOptions = (areaId: string) =>
  queryOptions({ queryKey: gpAreaKeys.trainees(areaId), queryFn: ({ signal }) => getTrainees(areaId, signal) });

export function useTrainees(areaId: string) {
  return useQuery(traineesQueryOptions(areaId));
}
