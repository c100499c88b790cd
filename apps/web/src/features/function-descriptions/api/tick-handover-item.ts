import { handoverDetailSchema } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export const tickHandoverItem = (handoverId: string, itemId: string, done: boolean) =>
  api.put(`/api/handovers/${handoverId}/items/${itemId}`, { done }, handoverDetailSchema);

export function useTickHandoverItem(handoverId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { itemId: string; done: boolean }) => tickHandoverItem(handoverId, v.itemId, v.done),
    onSuccess: (data) => {
      qc.setQueryData(['handovers', 'detail', handoverId], data);
      void qc.invalidateQueries({ queryKey: ['handovers', 'list'] });
    },
  });
}
