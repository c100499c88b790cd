import { myCompetenceProgressSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { competenceKeys } from './keys';

/** GET /api/competences/mine: own courses and supervised courses with progress. */
export function getMyProgress(signal?: AbortSignal) {
  return api.get('/api/competences/mine', myCompetenceProgressSchema, signal).then((r) => r.items);
}

export const myProgressQueryOptions = () =>
  queryOptions({ queryKey: competenceKeys.mine, queryFn: ({ signal }) => getMyProgress(signal) });

export function useMyProgress(enabled = true) {
  return useQuery({ ...myProgressQueryOptions(), enabled });
}
