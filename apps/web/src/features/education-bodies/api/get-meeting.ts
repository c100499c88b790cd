import { meetingDetailSchema, type MeetingDetail } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { bodyKeys } from './keys';

/** GET /api/education-meetings/:meetingId */
export function getMeeting(meetingId: string, signal?: AbortSignal): Promise<MeetingDetail> {
  return api.get(`/api/education-meetings/${meetingId}`, meetingDetailSchema, signal);
}

export const meetingQueryOptions = (meetingId: string) =>
  queryOptions({ queryKey: bodyKeys.meeting(meetingId), queryFn: ({ signal }) => getMeeting(meetingId, signal) });

export function useMeeting(meetingId: string) {
  return useQuery(meetingQueryOptions(meetingId));
}
