import { activitySchema, type CreateActivity } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { useGpVisitMutation } from './mutate';

/** Plans a visit: an activity of kind DEPARTMENT_VISIT organised by the area (POST /api/activities). */
export function planVisit(body: CreateActivity) {
  return api.post('/api/activities', body, activitySchema);
}
export const usePlanVisit = () => useGpVisitMutation(planVisit);
