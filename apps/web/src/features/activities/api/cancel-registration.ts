import { activitySchema } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { useActivityMutation } from './mutate';

/** POST /api/activities/:id/registrations/:registrationId/cancel: the first waitlisted moves up. */
export function cancelRegistration({ id, registrationId }: { id: string; registrationId: string }) {
  return api.post(
    `/api/activities/${encodeURIComponent(id)}/registrations/${encodeURIComponent(registrationId)}/cancel`,
    undefined,
    activitySchema,
  );
}
export const useCancelRegistration = () => useActivityMutation(cancelRegistration);
