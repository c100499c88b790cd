import { newHolderListSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api-client';

export type NewHolderList = z.infer<typeof newHolderListSchema>;

export const getNewHolders = (signal?: AbortSignal): Promise<NewHolderList> =>
  api.get('/api/mentors/new-holders', newHolderListSchema, signal);

export const newHoldersQueryOptions = () =>
  queryOptions({ queryKey: ['mentors', 'new-holders'], queryFn: ({ signal }) => getNewHolders(signal) });

export const useNewHolders = () => useQuery(newHoldersQueryOptions());
