import { gpTimeEntryListSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { areaUrl, gpAreaKeys } from './keys';

/** GET /api/gp-areas/:areaId/time-entries?year= */
export function getTimeEntries(areaId: string, year: number, signal?: AbortSignal) {
  return api.get(`${areaUrl(areaId)}/time-entries?year=${year}`, gpTimeEntryListSchema, signal);
}

export const timeEntriesQueryOptions = (areaId: string, year: number) =>
  queryOptions({
    queryKey: gpAreaKeys.timeEntries(areaId, year),
    queryFn: ({ signal }) => getTimeEntries(areaId, year, signal),
  });

export function useTimeEntries(areaId: string, year: number) {
  return useQuery(timeEntriesQueryOptions(areaId, year));
}
