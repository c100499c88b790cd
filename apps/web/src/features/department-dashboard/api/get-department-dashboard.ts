import { departmentDashboardSchema } from '@portal/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { dashboardKeys } from './keys';

/** GET /api/department-dashboard/:unitId?asOf= */
export function getDepartmentDashboard(unitId: string, asOf: string | null, signal?: AbortSignal) {
  const q = asOf ? `?${new URLSearchParams({ asOf }).toString()}` : '';
  return api.get(`/api/department-dashboard/${encodeURIComponent(unitId)}${q}`, departmentDashboardSchema, signal);
}

export const departmentDashboardQueryOptions = (unitId: string, asOf: string | null) =>
  queryOptions({
    queryKey: dashboardKeys.department(unitId, asOf),
    queryFn: ({ signal }) => getDepartmentDashboard(unitId, asOf, signal),
    placeholderData: keepPreviousData,
  });

export function useDepartmentDashboard(unitId: string | null, asOf: string | null = null) {
  return useQuery({ ...departmentDashboardQueryOptions(unitId ?? '', asOf), enabled: unitId !== null });
}
