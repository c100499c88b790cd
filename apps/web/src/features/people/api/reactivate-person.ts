import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function reactivatePerson(userId: string) {
  return api.post(`/api/people/${encodeURIComponent(userId)}/reactivate`);
}

export function useReactivatePerson(userId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => reactivatePerson(userId),
    onSettled: () => qc.invalidateQueries({ queryKey: ['people'] }),
  });
}
