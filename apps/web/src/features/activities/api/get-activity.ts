import { activitySchema, type Activity } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { activityKeys } from './keys';

/** One activity with registrations and follow-ups (GET /api/activities/:id). */
export function getActivity(id: string, signal?: AbortSignal): Promise<Activity> {
  return api.get(`/api/activities/${encodeURIComponent(id)}`, activitySchema, signal);
}

export const activityQueryOptions = (id: string) =>
  queryOptions({ queryKey: activityKeys.detail(id), queryFn: ({ signal }) => getActivity(id, signal) });

export function useActivity(id: string) {
  return useQuery(activityQueryOptions(id));
}
