import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';
import { meQueryKey } from './auth/get-me';
import { clearSession } from './auth/session-cache';
import { markSessionExpired } from './auth/session-expired';

interface PortalMeta extends Record<string, unknown> {
  /** The caller handles a 401 itself (logout, login). */
  ignoreUnauthenticated?: boolean;
}

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: PortalMeta;
    mutationMeta: PortalMeta;
  }
}

/**
 * Any 401 from the API (other than wrong credentials at login) means the session is gone:
 * forget the user's data; the protected layout then sends the browser to the login page.
 */
function onError(error: unknown, meta: PortalMeta | undefined): void {
  if (!(error instanceof ApiError) || error.status !== 401) return;
  if (error.code === 'INVALID_CREDENTIALS' || meta?.ignoreUnauthenticated) return;
  if (queryClient.getQueryData(meQueryKey) != null) markSessionExpired();
  clearSession(queryClient);
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error, query) => onError(error, query.meta) }),
  mutationCache: new MutationCache({
    onError: (error, _variables, _context, mutation) => onError(error, mutation.meta),
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (failureCount, error) => {
        if (error instanceof ApiError && error.status < 500) return false;
        return failureCount < 2;
      },
    },
    mutations: { retry: false },
  },
});
