import { activityStatsSchema, type ActivityStats } from '@portal/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { activityKeys } from './keys';

export interface StatsQuery {
  from: string;
  to: string;
}

/** GET /api/activities/stats?from&to */
export function getActivityStats(q: StatsQuery, signal?: AbortSignal): Promise<ActivityStats> {
  const params = new URLSearchParams({ from: q.from, to: q.to });
  return api.get(`/api/activities/stats?${params.toString()}`, activityStatsSchema, signal);
}

export const activityStatsQueryOptions = (q: StatsQuery) =>
  queryOptions({
    queryKey: activityKeys.stats(q),
    queryFn: ({ signal }) => getActivityStats(q, signal),
    placeholderData: keepPreviousData,
  });

export function useActivityStats(q: StatsQuery) {
  return useQuery(activityStatsQueryOptions(q));
}
