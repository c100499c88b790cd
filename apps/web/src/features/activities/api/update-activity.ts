import { activitySchema, type UpdateActivity } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { useActivityMutation } from './mutate';

/** PUT /api/activities/:id (a stale version answers 409 CONFLICT). */
export function updateActivity({ id, body }: { id: string; body: UpdateActivity }) {
  return api.put(`/api/activities/${encodeURIComponent(id)}`, body, activitySchema);
}
export const useUpdateActivity = () => useActivityMutation(updateActivity);
