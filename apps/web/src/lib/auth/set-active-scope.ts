import { meResponseSchema, type MeResponse, type SetActiveScopeRequest } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api-client';
import { resetScopedData, storeMe } from './session-cache';

export function setActiveScope(body: SetActiveScopeRequest): Promise<MeResponse> {
  return api.put('/api/me/active-scope', body, meResponseSchema);
}

export function useSetActiveScope({ onSuccess }: { onSuccess?: (me: MeResponse) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setActiveScope,
    onSuccess: (me) => {
      resetScopedData(queryClient);
      storeMe(queryClient, me);
      onSuccess?.(me);
    },
  });
}
