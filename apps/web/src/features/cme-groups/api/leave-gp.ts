import { generalPractitionerSchema, type GpLeave } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { cmeKeys } from './keys';

/** POST /api/general-practitioners/:gpId/leave (a stale version answers 409 CONFLICT) */
export function leaveGp(v: { id: string; body: GpLeave }) {
  return api.post(`/api/general-practitioners/${encodeURIComponent(v.id)}/leave`, v.body, generalPractitionerSchema);
}

/** Every CME query is refetched after a change (counts, coverage and lists depend on each other). */
export function useLeaveGp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: leaveGp,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: cmeKeys.all }),
  });
}
