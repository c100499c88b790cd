import { gpListSchema, type GpListQuery } from '@portal/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { cmeKeys } from './keys';

export type GpFilter = { [K in keyof GpListQuery]?: string };

function search(f: GpFilter): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) q.set(k, v);
  return q.toString();
}

/** GET /api/general-practitioners?q=&practiceId=&areaId=&newlySettled=&inNoGroup=&includeLeft= */
export function getGps(f: GpFilter, signal?: AbortSignal) {
  const s = search(f);
  return api.get(`/api/general-practitioners${s ? `?${s}` : ''}`, gpListSchema, signal);
}
export const gpsQueryOptions = (f: GpFilter) =>
  queryOptions({
    queryKey: cmeKeys.gps(search(f)),
    queryFn: ({ signal }) => getGps(f, signal),
    placeholderData: keepPreviousData,
  });
export function useGps(f: GpFilter) {
  return useQuery(gpsQueryOptions(f));
}
