import { activitySchema, type CreateActivity } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { useActivityMutation } from './mutate';

/** POST /api/activities */
export function createActivity(body: CreateActivity) {
  return api.post('/api/activities', body, activitySchema);
}
export const useCreateActivity = () => useActivityMutation(createActivity);
