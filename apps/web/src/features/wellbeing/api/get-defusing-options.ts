import { defusingOptionsSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { wellbeingKeys } from './keys';

/** GET /api/defusings/options */
export function getDefusingOptions(signal?: AbortSignal) {
  return api.get('/api/defusings/options', defusingOptionsSchema, signal);
}

export const defusingOptionsQueryOptions = () =>
  queryOptions({ queryKey: wellbeingKeys.options, queryFn: ({ signal }) => getDefusingOptions(signal) });

export const useDefusingOptions = () => useQuery(defusingOptionsQueryOptions());
