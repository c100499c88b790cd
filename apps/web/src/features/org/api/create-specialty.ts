import { specialtySchema, type AdminSpecialty, type SpecialtyBody } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { invalidateOrg } from './invalidate';

/** POST /api/org-admin/specialties (409 on a duplicate name). */
export function createSpecialty(body: SpecialtyBody): Promise<AdminSpecialty> {
  return api.post('/api/org-admin/specialties', body, specialtySchema);
}

export function useCreateSpecialty() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createSpecialty, onSuccess: () => invalidateOrg(queryClient) });
}
