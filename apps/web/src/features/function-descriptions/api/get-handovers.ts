import { handoverListSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export const getHandovers = (status: 'open' | 'all', signal?: AbortSignal) =>
  api.get(`/api/handovers?status=${status}`, handoverListSchema, signal);

export const handoversQueryOptions = (status: 'open' | 'all') =>
  queryOptions({ queryKey: ['handovers', 'list', status], queryFn: ({ signal }) => getHandovers(status, signal) });

export const useHandovers = (status: 'open' | 'all') => useQuery(handoversQueryOptions(status));
