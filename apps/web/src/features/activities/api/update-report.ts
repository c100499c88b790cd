import { activitySchema, type UpdateReport } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { useActivityMutation } from './mutate';

/** PUT /api/activities/:id/report (a stale version answers 409 CONFLICT). */
export function updateReport({ id, body }: { id: string; body: UpdateReport }) {
  return api.put(`/api/activities/${encodeURIComponent(id)}/report`, body, activitySchema);
}
export const useUpdateReport = () => useActivityMutation(updateReport);
