import { createPersonResponseSchema, type CreatePersonRequest } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function createPerson(body: CreatePersonRequest) {
  return api.post('/api/people', body, createPersonResponseSchema);
}

export function useCreatePerson() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createPerson,
    onSuccess: () => qc.invalidateQueries({ queryKey: ['people'] }),
  });
}
