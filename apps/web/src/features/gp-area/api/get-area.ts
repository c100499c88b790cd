import { gpAreaOverviewSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { areaUrl, gpAreaKeys } from './keys';

/** GET /api/gp-areas/:areaId */
export function getArea(areaId: string, signal?: AbortSignal) {
  return api.get(areaUrl(areaId), gpAreaOverviewSchema, signal);
}

export const areaQueryOptions = (areaId: string) =>
  queryOptions({ queryKey: gpAreaKeys.area(areaId), queryFn: ({ signal }) => getArea(areaId, signal) });

export function useArea(areaId: string) {
  return useQuery(areaQueryOptions(areaId));
}
