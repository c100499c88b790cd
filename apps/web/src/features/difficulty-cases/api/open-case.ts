import { caseDetailSchema, type OpenCase } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { caseKeys } from './keys';

/** POST /api/difficulty-cases (409 when a case is open on the course already) */
export function openCase(body: OpenCase) {
  return api.post('/api/difficulty-cases', body, caseDetailSchema);
}

export function useOpenCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openCase,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: caseKeys.all }),
  });
}
