import { bodyListSchema, type BodyListQuery, type BodySummary } from '@portal/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { bodyKeys } from './keys';

/** GET /api/education-bodies: the bodies the caller manages, heads or is a member of. */
export async function getEducationBodies(q: BodyListQuery, signal?: AbortSignal): Promise<BodySummary[]> {
  const params = new URLSearchParams();
  if (q.unitId) params.set('unitId', q.unitId);
  if (q.kind) params.set('kind', q.kind);
  if (q.overdue) params.set('overdue', q.overdue);
  const qs = params.toString();
  const { items } = await api.get(`/api/education-bodies${qs ? `?${qs}` : ''}`, bodyListSchema, signal);
  return items;
}

export const educationBodiesQueryOptions = (q: BodyListQuery) =>
  queryOptions({
    queryKey: bodyKeys.list(q),
    queryFn: ({ signal }) => getEducationBodies(q, signal),
    placeholderData: keepPreviousData,
  });

export function useEducationBodies(q: BodyListQuery) {
  return useQuery(educationBodiesQueryOptions(q));
}
