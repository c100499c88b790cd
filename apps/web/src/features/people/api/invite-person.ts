import { invitationIssuedSchema } from '@portal/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function invitePerson(userId: string) {
  return api.post(`/api/people/${encodeURIComponent(userId)}/invitations`, undefined, invitationIssuedSchema);
}

export function useInvitePerson(userId: string) {
  return useMutation({ mutationFn: () => invitePerson(userId) });
}
