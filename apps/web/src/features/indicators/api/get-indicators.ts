import { indicatorsResponseSchema } from '@portal/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { indicatorKeys } from './keys';

export interface IndicatorScopeQuery {
  /** null = the whole region. */
  unitId: string | null;
  /** Omitted: the API's default (the last 12 months up to today). */
  from?: string;
  to?: string;
}

function search(q: IndicatorScopeQuery): string {
  const p = new URLSearchParams();
  if (q.unitId) p.set('unitId', q.unitId);
  if (q.from) p.set('from', q.from);
  if (q.to) p.set('to', q.to);
  return p.toString();
}

/** GET /api/indicators?unitId=&from=&to= */
export function getIndicators(q: IndicatorScopeQuery, signal?: AbortSignal) {
  return api.get(`/api/indicators?${search(q)}`, indicatorsResponseSchema, signal);
}

export const indicatorsQueryOptions = (q: IndicatorScopeQuery) =>
  queryOptions({
    queryKey: indicatorKeys.figures(q),
    queryFn: ({ signal }) => getIndicators(q, signal),
    placeholderData: keepPreviousData,
  });

export function useIndicators(q: IndicatorScopeQuery) {
  return useQuery(indicatorsQueryOptions(q));
}

export { search as indicatorSearch };
