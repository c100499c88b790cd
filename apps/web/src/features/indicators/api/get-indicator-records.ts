import { indicatorRecordsResponseSchema, type ComputedIndicatorKey } from '@portal/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { indicatorSearch, type IndicatorScopeQuery } from './get-indicators';
import { indicatorKeys } from './keys';

/** Rows per page of the drill-down (the API's maximum). */
export const RECORDS_PAGE_SIZE = 200;

/** GET /api/indicators/:key/records?unitId=&from=&to=&cursor= */
export function getIndicatorRecords(
  key: ComputedIndicatorKey,
  q: IndicatorScopeQuery & { cursor: string | null },
  signal?: AbortSignal,
) {
  const p = new URLSearchParams(indicatorSearch(q));
  p.set('limit', String(RECORDS_PAGE_SIZE));
  if (q.cursor) p.set('cursor', q.cursor);
  return api.get(
    `/api/indicators/${encodeURIComponent(key)}/records?${p.toString()}`,
    indicatorRecordsResponseSchema,
    signal,
  );
}

export const indicatorRecordsQueryOptions = (
  key: ComputedIndicatorKey,
  q: IndicatorScopeQuery & { cursor: string | null },
) =>
  queryOptions({
    queryKey: indicatorKeys.records(key, q),
    queryFn: ({ signal }) => getIndicatorRecords(key, q, signal),
    placeholderData: keepPreviousData,
  });

export function useIndicatorRecords(
  key: ComputedIndicatorKey | null,
  q: IndicatorScopeQuery & { cursor: string | null },
) {
  return useQuery({ ...indicatorRecordsQueryOptions(key ?? 'MEETINGS_ON_TIME', q), enabled: key !== null });
}
