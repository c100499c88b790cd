import { specialtySchema, type AdminSpecialty, type SpecialtyBody } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { invalidateOrg } from './invalidate';

/** PATCH /api/org-admin/specialties/:specialtyId (409 on a duplicate name). */
export function renameSpecialty({ id, ...body }: SpecialtyBody & { id: string }): Promise<AdminSpecialty> {
  return api.patch(`/api/org-admin/specialties/${id}`, body, specialtySchema);
}

export function useRenameSpecialty() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: renameSpecialty, onSuccess: () => invalidateOrg(queryClient) });
}
