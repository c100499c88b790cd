import { adminOrgUnitSchema, type AdminOrgUnit, type UpdateOrgUnit } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { invalidateOrg } from './invalidate';

/** PATCH /api/org-admin/units/:unitId (409 when the version is stale). */
export function updateUnit({ id, ...body }: UpdateOrgUnit & { id: string }): Promise<AdminOrgUnit> {
  return api.patch(`/api/org-admin/units/${id}`, body, adminOrgUnitSchema);
}

export function useUpdateUnit() {
  const queryClient = useQueryClient();
  // A 409 also refreshes the list, so the form can show what is current.
  return useMutation({ mutationFn: updateUnit, onSettled: () => invalidateOrg(queryClient) });
}
