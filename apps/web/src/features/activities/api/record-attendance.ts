import { activitySchema, type Attendance } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { useActivityMutation } from './mutate';

/** PUT /api/activities/:id/attendance */
export function recordAttendance({ id, body }: { id: string; body: Attendance }) {
  return api.put(`/api/activities/${encodeURIComponent(id)}/attendance`, body, activitySchema);
}
export const useRecordAttendance = () => useActivityMutation(recordAttendance);
