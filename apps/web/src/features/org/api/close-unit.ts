import { adminOrgUnitSchema, type AdminOrgUnit, type OrgUnitVersion } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { invalidateOrg } from './invalidate';

/** POST /api/org-admin/units/:unitId/close (409 while it has open sub-units). */
export function closeUnit({ id, ...body }: OrgUnitVersion & { id: string }): Promise<AdminOrgUnit> {
  return api.post(`/api/org-admin/units/${id}/close`, body, adminOrgUnitSchema);
}

export function useCloseUnit() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: closeUnit, onSettled: () => invalidateOrg(queryClient) });
}
