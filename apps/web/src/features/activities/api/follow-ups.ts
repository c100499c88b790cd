import { activitySchema, type FollowUpInput } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { useActivityMutation } from './mutate';

/** POST /api/activities/:id/follow-ups */
export function addFollowUp({ id, body }: { id: string; body: FollowUpInput }) {
  return api.post(`/api/activities/${encodeURIComponent(id)}/follow-ups`, body, activitySchema);
}
export const useAddFollowUp = () => useActivityMutation(addFollowUp);

/** PUT /api/activities/:id/follow-ups/:followUpId */
export function updateFollowUp({ id, followUpId, body }: { id: string; followUpId: string; body: FollowUpInput }) {
  return api.put(
    `/api/activities/${encodeURIComponent(id)}/follow-ups/${encodeURIComponent(followUpId)}`,
    body,
    activitySchema,
  );
}
export const useUpdateFollowUp = () => useActivityMutation(updateFollowUp);
