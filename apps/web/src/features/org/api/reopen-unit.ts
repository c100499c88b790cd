import { adminOrgUnitSchema, type AdminOrgUnit, type OrgUnitVersion } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { invalidateOrg } from './invalidate';

/** POST /api/org-admin/units/:unitId/reopen (its parent must be open). */
export function reopenUnit({ id, ...body }: OrgUnitVersion & { id: string }): Promise<AdminOrgUnit> {
  return api.post(`/api/org-admin/units/${id}/reopen`, body, adminOrgUnitSchema);
}

export function useReopenUnit() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: reopenUnit, onSettled: () => invalidateOrg(queryClient) });
}
