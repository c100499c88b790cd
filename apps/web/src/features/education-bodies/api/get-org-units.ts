import { orgUnitListSchema, type OrgUnit } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** GET /api/org-units: hospitals and departments to choose a body's unit from (and to filter by). */
export async function getOrgUnits(signal?: AbortSignal): Promise<OrgUnit[]> {
  const { items } = await api.get('/api/org-units', orgUnitListSchema, signal);
  return items.filter((u) => u.kind === 'HOSPITAL' || u.kind === 'DEPARTMENT');
}

export const orgUnitsQueryOptions = () =>
  queryOptions({ queryKey: ['education-bodies', 'org-units'], queryFn: ({ signal }) => getOrgUnits(signal) });

export function useOrgUnits() {
  return useQuery(orgUnitsQueryOptions());
}
