import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Deactivates the person and ends their sessions (POST /api/people/:userId/deactivate). */
export function deactivatePerson(userId: string) {
  return api.post(`/api/people/${encodeURIComponent(userId)}/deactivate`);
}

export function useDeactivatePerson(userId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => deactivatePerson(userId),
    onSettled: () => qc.invalidateQueries({ queryKey: ['people'] }),
  });
}
