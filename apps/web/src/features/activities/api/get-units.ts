import { orgUnitListSchema, type OrgUnit } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { activityKeys } from './keys';

/** Organisers (hospitals, GP areas) and departments to choose from in the activity form (GET /api/org-units). */
export async function getUnits(signal?: AbortSignal): Promise<OrgUnit[]> {
  const { items } = await api.get('/api/org-units', orgUnitListSchema, signal);
  return items.filter((u) => u.kind === 'HOSPITAL' || u.kind === 'DEPARTMENT' || u.kind === 'GP_AREA');
}

export const unitsQueryOptions = () =>
  queryOptions({ queryKey: activityKeys.units, queryFn: ({ signal }) => getUnits(signal), staleTime: 5 * 60_000 });

export function useUnits() {
  return useQuery(unitsQueryOptions());
}
