import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../api-client';
import { clearSession } from './session-cache';
import { markLoggedOut } from './session-expired';

export async function logout(): Promise<void> {
  try {
    await api.post('/api/auth/logout');
  } catch (error) {
    // Already signed out (the session expired): that is what we wanted.
    if (!(isApiError(error) && error.status === 401)) throw error;
  }
}

export function useLogout({ onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    meta: { ignoreUnauthenticated: true },
    onSuccess: () => {
      // Before the cache is cleared: that sends the protected layout to the login page at once.
      markLoggedOut();
      clearSession(queryClient);
      onSuccess?.();
    },
  });
}
