import { gpLinkableDepartmentsSchema, type GpLinkableDepartments } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { gpVisitKeys } from './keys';

/** Departments not yet linked to the area (GET /api/gp-areas/:areaId/department-visits/linkable). */
export function getLinkable(areaId: string, signal?: AbortSignal): Promise<GpLinkableDepartments> {
  return api.get(
    `/api/gp-areas/${encodeURIComponent(areaId)}/department-visits/linkable`,
    gpLinkableDepartmentsSchema,
    signal,
  );
}

export const linkableQueryOptions = (areaId: string) =>
  queryOptions({ queryKey: gpVisitKeys.linkable(areaId), queryFn: ({ signal }) => getLinkable(areaId, signal) });

export function useLinkable(areaId: string, enabled: boolean) {
  return useQuery({ ...linkableQueryOptions(areaId), enabled });
}
