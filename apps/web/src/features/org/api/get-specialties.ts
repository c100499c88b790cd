import { specialtyListSchema, type AdminSpecialty } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { orgAdminKeys } from './get-admin-units';

/** GET /api/org-admin/specialties */
export async function getSpecialties(signal?: AbortSignal): Promise<AdminSpecialty[]> {
  return (await api.get('/api/org-admin/specialties', specialtyListSchema, signal)).items;
}

export const specialtiesQueryOptions = () =>
  queryOptions({ queryKey: orgAdminKeys.specialties, queryFn: ({ signal }) => getSpecialties(signal) });

export function useSpecialties() {
  return useQuery(specialtiesQueryOptions());
}
