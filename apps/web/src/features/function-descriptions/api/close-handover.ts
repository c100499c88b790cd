import { handoverDetailSchema } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Closes a handover explicitly, with items left unticked. */
export const closeHandover = (handoverId: string) =>
  api.post(`/api/handovers/${handoverId}/close`, undefined, handoverDetailSchema);

export function useCloseHandover() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: closeHandover,
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['handovers'] }),
  });
}
