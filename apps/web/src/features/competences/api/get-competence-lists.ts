import { competenceListsSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { competenceKeys } from './keys';

/** GET /api/competence-lists */
export function getCompetenceLists(signal?: AbortSignal) {
  return api.get('/api/competence-lists', competenceListsSchema, signal).then((r) => r.items);
}

export const competenceListsQueryOptions = () =>
  queryOptions({
    queryKey: competenceKeys.lists,
    queryFn: ({ signal }) => getCompetenceLists(signal),
    staleTime: 60_000,
  });

export function useCompetenceLists() {
  return useQuery(competenceListsQueryOptions());
}
