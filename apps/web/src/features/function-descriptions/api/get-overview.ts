import { overviewSchema, type Overview } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Status of every department × role in the caller's scope (function-descriptions:read). */
export const getOverview = (signal?: AbortSignal): Promise<Overview> =>
  api.get('/api/function-descriptions/overview', overviewSchema, signal);

export const overviewQueryOptions = () =>
  queryOptions({ queryKey: ['function-descriptions', 'overview'], queryFn: ({ signal }) => getOverview(signal) });

export const useOverview = () => useQuery(overviewQueryOptions());
