import { invitationInfoSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Who an invitation is for (public). */
export function getInvitation(token: string, signal?: AbortSignal) {
  return api.get(`/api/invitations/${encodeURIComponent(token)}`, invitationInfoSchema, signal);
}

export const invitationQueryOptions = (token: string) =>
  queryOptions({
    queryKey: ['invitation', token],
    queryFn: ({ signal }) => getInvitation(token, signal),
    retry: false,
  });

export function useInvitation(token: string) {
  return useQuery(invitationQueryOptions(token));
}
