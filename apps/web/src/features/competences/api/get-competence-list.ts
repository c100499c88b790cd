import { competenceListSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { competenceKeys } from './keys';

/** GET /api/competence-lists/:listId */
export function getCompetenceList(listId: string, signal?: AbortSignal) {
  return api.get(`/api/competence-lists/${encodeURIComponent(listId)}`, competenceListSchema, signal);
}

export const competenceListQueryOptions = (listId: string) =>
  queryOptions({
    queryKey: competenceKeys.list(listId),
    queryFn: ({ signal }) => getCompetenceList(listId, signal),
    staleTime: 60_000,
  });

export function useCompetenceList(listId: string, enabled = true) {
  return useQuery({ ...competenceListQueryOptions(listId), enabled });
}
