import { gpHoursSummarySchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { areaUrl, gpAreaKeys } from './keys';

/** GET /api/gp-areas/:areaId/hours-summary?year= */
export function getHoursSummary(areaId: string, year: number, signal?: AbortSignal) {
  return api.get(`${areaUrl(areaId)}/hours-summary?year=${year}`, gpHoursSummarySchema, signal);
}

export const hoursSummaryQueryOptions = (areaId: string, year: number) =>
  queryOptions({
    queryKey: gpAreaKeys.summary(areaId, year),
    queryFn: ({ signal }) => getHoursSummary(areaId, year, signal),
  });

export function useHoursSummary(areaId: string, year: number) {
  return useQuery(hoursSummaryQueryOptions(areaId, year));
}
