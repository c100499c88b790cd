import { generalPractitionerSchema, type GpFields } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { cmeKeys } from './keys';

/** POST /api/general-practitioners */
export function createGp(v: GpFields) {
  return api.post('/api/general-practitioners', v, generalPractitionerSchema);
}

/** Every CME query is refetched after a change (counts, coverage and lists depend on each other). */
export function useCreateGp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createGp,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: cmeKeys.all }),
  });
}
