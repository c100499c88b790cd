import { personVersionSchema, type UpdatePersonRequest } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function updatePerson(userId: string, body: UpdatePersonRequest) {
  return api.put(`/api/people/${encodeURIComponent(userId)}`, body, personVersionSchema);
}

export function useUpdatePerson(userId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePersonRequest) => updatePerson(userId, body),
    onSettled: () => qc.invalidateQueries({ queryKey: ['people'] }),
  });
}
