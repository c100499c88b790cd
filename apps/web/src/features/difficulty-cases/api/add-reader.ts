import { caseReadersSchema, type AddReader } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { caseKeys, caseUrl } from './keys';

/** POST /api/difficulty-cases/:caseId/readers (by e-mail, with a reason) */
export function addReader(v: { caseId: string; body: AddReader }) {
  return api.post(caseUrl(v.caseId, '/readers'), v.body, caseReadersSchema);
}

export function useAddReader() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addReader,
    onSuccess: (_d, v) => void queryClient.invalidateQueries({ queryKey: caseKeys.case(v.caseId) }),
  });
}
