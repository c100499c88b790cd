import { adminOrgUnitListSchema, type AdminOrgUnitList } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export const orgAdminKeys = {
  all: ['org-admin'] as const,
  units: (includeClosed: boolean) => ['org-admin', 'units', { includeClosed }] as const,
  specialties: ['org-admin', 'specialties'] as const,
};

/** The units the caller manages (GET /api/org-admin/units), closed ones only when asked. */
export function getAdminUnits(includeClosed: boolean, signal?: AbortSignal): Promise<AdminOrgUnitList> {
  return api.get(`/api/org-admin/units?includeClosed=${includeClosed}`, adminOrgUnitListSchema, signal);
}

export const adminUnitsQueryOptions = (includeClosed: boolean) =>
  queryOptions({
    queryKey: orgAdminKeys.units(includeClosed),
    queryFn: ({ signal }) => getAdminUnits(includeClosed, signal),
  });

export function useAdminUnits(includeClosed: boolean) {
  return useQuery(adminUnitsQueryOptions(includeClosed));
}
