import { adminOrgUnitSchema, type AdminOrgUnit, type CreateOrgUnit } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { invalidateOrg } from './invalidate';

/** POST /api/org-admin/units */
export function createUnit(body: CreateOrgUnit): Promise<AdminOrgUnit> {
  return api.post('/api/org-admin/units', body, adminOrgUnitSchema);
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createUnit, onSuccess: () => invalidateOrg(queryClient) });
}
