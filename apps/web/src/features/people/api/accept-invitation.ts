import type { AcceptInvitationRequest } from '@portal/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function acceptInvitation(token: string, body: AcceptInvitationRequest) {
  return api.post(`/api/invitations/${encodeURIComponent(token)}/accept`, body);
}

export function useAcceptInvitation(token: string) {
  return useMutation({ mutationFn: (body: AcceptInvitationRequest) => acceptInvitation(token, body) });
}
