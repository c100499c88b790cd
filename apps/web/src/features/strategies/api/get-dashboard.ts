import { strategyDashboardSchema, type StrategyDashboard } from '@portal/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { strategyKeys } from './keys';
import { enc } from './mutate';

/** GET /api/strategies/:id/dashboard?asOf */
export function getDashboard(id: string, asOf: string | null, signal?: AbortSignal): Promise<StrategyDashboard> {
  const q = asOf ? `?${new URLSearchParams({ asOf }).toString()}` : '';
  return api.get(`/api/strategies/${enc(id)}/dashboard${q}`, strategyDashboardSchema, signal);
}

export const dashboardQueryOptions = (id: string, asOf: string | null) =>
  queryOptions({
    queryKey: strategyKeys.dashboard(id, asOf),
    queryFn: ({ signal }) => getDashboard(id, asOf, signal),
    placeholderData: keepPreviousData,
  });

export function useDashboard(id: string, asOf: string | null) {
  return useQuery(dashboardQueryOptions(id, asOf));
}
