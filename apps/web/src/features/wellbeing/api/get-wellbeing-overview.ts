import { wellbeingOverviewSchema } from '@portal/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { wellbeingKeys } from './keys';

/** GET /api/wellbeing/overview?from&to (months YYYY-MM) */
export function getWellbeingOverview(from: string, to: string, signal?: AbortSignal) {
  const q = new URLSearchParams({ from, to });
  return api.get(`/api/wellbeing/overview?${q.toString()}`, wellbeingOverviewSchema, signal);
}

export const wellbeingOverviewQueryOptions = (from: string, to: string) =>
  queryOptions({
    queryKey: wellbeingKeys.overview(from, to),
    queryFn: ({ signal }) => getWellbeingOverview(from, to, signal),
    placeholderData: keepPreviousData,
  });

export const useWellbeingOverview = (from: string, to: string) => useQuery(wellbeingOverviewQueryOptions(from, to));
