import { participantSearchSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { activityKeys } from './keys';

/** Portal users in scope matching `q` (GET /api/activities/participants). */
export async function searchParticipants(q: string, signal?: AbortSignal) {
  const { items } = await api.get(
    `/api/activities/participants?q=${encodeURIComponent(q)}`,
    participantSearchSchema,
    signal,
  );
  return items;
}

export const participantsQueryOptions = (q: string) =>
  queryOptions({
    queryKey: activityKeys.participants(q),
    queryFn: ({ signal }) => searchParticipants(q, signal),
    enabled: q.trim().length >= 2,
    staleTime: 30_000,
  });

export function useParticipantSearch(q: string) {
  return useQuery(participantsQueryOptions(q));
}
