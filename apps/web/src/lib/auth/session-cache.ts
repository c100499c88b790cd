import type { MeResponse } from '@portal/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../api-client';
import { meQueryKey } from './get-me';
import { clearSessionEnd } from './session-expired';

/** Stores a fresh MeResponse (after login or a scope switch) and its CSRF token. */
export function storeMe(queryClient: QueryClient, me: MeResponse): void {
  clearSessionEnd();
  setCsrfToken(me.csrfToken);
  queryClient.setQueryData(meQueryKey, me);
}

/**
 * Forgets everything cached for the previous user: their data must never show for the next one.
 * The `me` entry becomes null, which sends every protected route to the login page.
 */
export function clearSession(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
  queryClient.setQueryData(meQueryKey, null);
}

/** After a scope switch every scoped answer may differ: drop all but `me`. */
export function resetScopedData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
}
