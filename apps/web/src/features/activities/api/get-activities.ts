import { activityListSchema, type ActivityKind, type ActivityState, type ActivitySummary } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { activityKeys } from './keys';

export interface ActivityFilter {
  kind?: ActivityKind | undefined;
  state?: ActivityState | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** Activities in scope, upcoming first (GET /api/activities). */
export async function getActivities(filter: ActivityFilter, signal?: AbortSignal): Promise<ActivitySummary[]> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v) params.set(k, v);
  const qs = params.toString();
  const { items } = await api.get(`/api/activities${qs ? `?${qs}` : ''}`, activityListSchema, signal);
  return items;
}

export const activitiesQueryOptions = (filter: ActivityFilter) =>
  queryOptions({ queryKey: activityKeys.list(filter), queryFn: ({ signal }) => getActivities(filter, signal) });

export function useActivities(filter: ActivityFilter) {
  return useQuery(activitiesQueryOptions(filter));
}
