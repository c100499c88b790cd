import { meetingDetailSchema, type CreateMeetingRequest, type MeetingDetail } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { invalidateBodies } from './keys';

/** POST /api/education-bodies/:bodyId/meetings (the standing agenda items are added by the server) */
export function createMeeting(bodyId: string, body: CreateMeetingRequest): Promise<MeetingDetail> {
  return api.post(`/api/education-bodies/${bodyId}/meetings`, body, meetingDetailSchema);
}

export function useCreateMeeting(bodyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMeetingRequest) => createMeeting(bodyId, body),
    onSuccess: () => invalidateBodies(queryClient),
  });
}
