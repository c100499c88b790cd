import { peopleListSchema, type PeopleListQuery } from '@portal/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export type PeopleParams = {
  [K in keyof PeopleListQuery]?: string;
};

export function toQueryString(params: Record<string, string | undefined>): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') qs.set(k, v);
  return qs.toString();
}

/** One page of people in the caller's scope (GET /api/people). */
export function getPeople(params: PeopleParams, signal?: AbortSignal) {
  return api.get(`/api/people?${toQueryString(params)}`, peopleListSchema, signal);
}

export const peopleQueryOptions = (params: PeopleParams) =>
  queryOptions({
    queryKey: ['people', 'list', params],
    queryFn: ({ signal }) => getPeople(params, signal),
    placeholderData: keepPreviousData,
  });

export function usePeople(params: PeopleParams) {
  return useQuery(peopleQueryOptions(params));
}
