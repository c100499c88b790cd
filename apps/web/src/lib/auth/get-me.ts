import { meResponseSchema, type MeResponse } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, isApiError, setCsrfToken } from '../api-client';
import { markSessionExpired } from './session-expired';

export const meQueryKey = ['me'] as const;

/** The signed-in user, or null when there is no session (401). */
export async function getMe(signal?: AbortSignal): Promise<MeResponse | null> {
  try {
    const me = await api.get('/api/me', meResponseSchema, signal);
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: meQueryKey,
    queryFn: async ({ signal, client }) => {
      const me = await getMe(signal);
      // Signed in a moment ago, not now: the session expired (or ended in another tab).
      if (!me && client.getQueryData(meQueryKey)) markSessionExpired();
      return me;
    },
    staleTime: 60_000,
  });

export function useMe() {
  return useQuery(meQueryOptions());
}
