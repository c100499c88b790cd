import { wellbeingMeetingSchema, type CreateWellbeingMeeting } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { useWellbeingMutation } from './mutate';

/** POST /api/wellbeing/departments/:unitId/meetings */
export function createWellbeingMeeting({ unitId, body }: { unitId: string; body: CreateWellbeingMeeting }) {
  return api.post(`/api/wellbeing/departments/${encodeURIComponent(unitId)}/meetings`, body, wellbeingMeetingSchema);
}
export const useCreateWellbeingMeeting = () => useWellbeingMutation(createWellbeingMeeting);
