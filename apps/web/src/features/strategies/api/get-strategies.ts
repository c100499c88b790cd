import { strategyListSchema, type StrategyList } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { strategyKeys } from './keys';

/** GET /api/strategies: the strategies the caller reads, with overall attainment today. */
export function getStrategies(signal?: AbortSignal): Promise<StrategyList> {
  return api.get('/api/strategies', strategyListSchema, signal);
}

export const strategiesQueryOptions = () =>
  queryOptions({ queryKey: strategyKeys.list, queryFn: ({ signal }) => getStrategies(signal) });

export function useStrategies() {
  return useQuery(strategiesQueryOptions());
}
