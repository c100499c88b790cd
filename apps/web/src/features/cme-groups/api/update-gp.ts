import { generalPractitionerSchema, type UpdateGp } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { cmeKeys } from './keys';

/** PUT /api/general-practitioners/:gpId (a stale version answers 409 CONFLICT) */
export function updateGp(v: { id: string; body: UpdateGp }) {
  return api.put(`/api/general-practitioners/${encodeURIComponent(v.id)}`, v.body, generalPractitionerSchema);
}

/** Every CME query is refetched after a change (counts, coverage and lists depend on each other). */
export function useUpdateGp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateGp,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: cmeKeys.all }),
  });
}
