import { meResponseSchema, type LoginRequest, type MeResponse } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, refreshCsrfToken } from '@/lib/api-client';
import { resetScopedData, storeMe } from '@/lib/auth/session-cache';

/**
 * Signs in. A fresh CSRF token first (GET /api/auth/csrf creates the anonymous session); the
 * answer carries the new session's token, which `storeMe` keeps for later writes.
 */
export async function login(body: LoginRequest): Promise<MeResponse> {
  await refreshCsrfToken();
  return api.post('/api/auth/login', body, meResponseSchema);
}

export function useLogin({ onSuccess }: { onSuccess?: (me: MeResponse) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    meta: { ignoreUnauthenticated: true },
    onSuccess: (me) => {
      // Nothing cached before login may leak into the new user's session.
      resetScopedData(queryClient);
      storeMe(queryClient, me);
      onSuccess?.(me);
    },
  });
}
