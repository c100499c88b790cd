import { adminOrgUnitSchema, type AdminOrgUnit, type MoveOrgUnit } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { invalidateOrg } from './invalidate';

/** PUT /api/org-admin/units/:unitId/parent */
export function moveUnit({ id, ...body }: MoveOrgUnit & { id: string }): Promise<AdminOrgUnit> {
  return api.put(`/api/org-admin/units/${id}/parent`, body, adminOrgUnitSchema);
}

export function useMoveUnit() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: moveUnit, onSettled: () => invalidateOrg(queryClient) });
}
