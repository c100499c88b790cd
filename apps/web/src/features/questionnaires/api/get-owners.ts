import { questionnaireOwnersSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { questionnaireKeys } from './keys';

/** GET /api/questionnaires/owners */
export function getOwners(signal?: AbortSignal) {
  return api.get('/api/questionnaires/owners', questionnaireOwnersSchema, signal);
}
export const ownersQueryOptions = () =>
  queryOptions({ queryKey: questionnaireKeys.owners, queryFn: ({ signal }) => getOwners(signal) });
export function useOwners() {
  return useQuery(ownersQueryOptions());
}
