import { feedbackContextSchema, type FeedbackContext } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { supervisionKeys } from './keys';

/** GET /api/courses/:courseId/feedback-context: the trainee, competences and open requests for the forms. */
export function getFeedbackContext(courseId: string, signal?: AbortSignal): Promise<FeedbackContext> {
  return api.get(`/api/courses/${encodeURIComponent(courseId)}/feedback-context`, feedbackContextSchema, signal);
}

export const feedbackContextQueryOptions = (courseId: string) =>
  queryOptions({
    queryKey: supervisionKeys.context(courseId),
    queryFn: ({ signal }) => getFeedbackContext(courseId, signal),
  });

export function useFeedbackContext(courseId: string) {
  return useQuery(feedbackContextQueryOptions(courseId));
}
