import { activitySchema, type CreateRegistration } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { useActivityMutation } from './mutate';

/** POST /api/activities/:id/registrations: registered, or waitlisted when full. */
export function registerParticipant({ id, body }: { id: string; body: CreateRegistration }) {
  return api.post(`/api/activities/${encodeURIComponent(id)}/registrations`, body, activitySchema);
}
export const useRegister = () => useActivityMutation(registerParticipant);
