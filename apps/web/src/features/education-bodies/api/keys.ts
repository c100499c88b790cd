import type { BodyListQuery } from '@portal/contracts';
import type { QueryClient } from '@tanstack/react-query';

/** Query keys of the feature; every key starts with 'education-bodies' so a change can refresh them all. */
export const bodyKeys = {
  all: ['education-bodies'] as const,
  list: (q: BodyListQuery) => ['education-bodies', 'list', q] as const,
  detail: (bodyId: string) => ['education-bodies', 'detail', bodyId] as const,
  candidates: (bodyId: string) => ['education-bodies', 'candidates', bodyId] as const,
  meeting: (meetingId: string) => ['education-bodies', 'meeting', meetingId] as const,
  myMeetings: ['education-bodies', 'my-meetings'] as const,
};

/** After any change: lists, statuses and "my meetings" may all differ. */
export function invalidateBodies(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: bodyKeys.all });
}

/** Download links (plain GETs with the session cookie; the browser saves the .ics file). */
export const meetingIcsHref = (meetingId: string) => `/api/education-meetings/${meetingId}/meeting.ics`;
export const bodyIcsHref = (bodyId: string) => `/api/education-bodies/${bodyId}/meetings.ics`;
