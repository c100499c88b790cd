import { personSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** A person with their role assignments (GET /api/people/:userId). */
export function getPerson(userId: string, signal?: AbortSignal) {
  return api.get(`/api/people/${encodeURIComponent(userId)}`, personSchema, signal);
}

export const personQueryOptions = (userId: string) =>
  queryOptions({ queryKey: ['people', 'detail', userId], queryFn: ({ signal }) => getPerson(userId, signal) });

export function usePerson(userId: string) {
  return useQuery(personQueryOptions(userId));
}
