import { handoverDetailSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export const getHandover = (id: string, signal?: AbortSignal) =>
  api.get(`/api/handovers/${id}`, handoverDetailSchema, signal);

export const handoverQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['handovers', 'detail', id], queryFn: ({ signal }) => getHandover(id, signal) });

export const useHandover = (id: string) => useQuery(handoverQueryOptions(id));
