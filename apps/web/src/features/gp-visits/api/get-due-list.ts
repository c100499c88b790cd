import { gpVisitListSchema, type GpVisitList } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { gpVisitKeys } from './keys';

/** The area's linked departments with due dates (GET /api/gp-areas/:areaId/department-visits). */
export function getDueList(areaId: string, signal?: AbortSignal): Promise<GpVisitList> {
  return api.get(`/api/gp-areas/${encodeURIComponent(areaId)}/department-visits`, gpVisitListSchema, signal);
}

export const dueListQueryOptions = (areaId: string) =>
  queryOptions({ queryKey: gpVisitKeys.list(areaId), queryFn: ({ signal }) => getDueList(areaId, signal) });

export function useDueList(areaId: string | null) {
  return useQuery({ ...dueListQueryOptions(areaId ?? ''), enabled: areaId !== null });
}
