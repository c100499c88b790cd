import { dashboardUnitsSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { dashboardKeys } from './keys';

/** GET /api/department-dashboard/units: the departments and hospitals the user may open. */
export function getDashboardUnits(signal?: AbortSignal) {
  return api.get('/api/department-dashboard/units', dashboardUnitsSchema, signal);
}

export const dashboardUnitsQueryOptions = () =>
  queryOptions({ queryKey: dashboardKeys.units, queryFn: ({ signal }) => getDashboardUnits(signal) });

export function useDashboardUnits(enabled = true) {
  return useQuery({ ...dashboardUnitsQueryOptions(), enabled });
}
