import {
  createdFeedbackRequestSchema,
  feedbackRequestDetailSchema,
  feedbackRequestSummarySchema,
  type CreateFeedbackRequest,
  type FeedbackRequestDetail,
} from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { supervisionKeys } from './keys';
import { useSupervisionMutation } from './mutate';

/** POST /api/my/feedback-requests: the trainee asks for feedback. */
export function createFeedbackRequest(body: CreateFeedbackRequest) {
  return api.post('/api/my/feedback-requests', body, createdFeedbackRequestSchema);
}
export const useCreateFeedbackRequest = () => useSupervisionMutation(createFeedbackRequest);

/** POST /api/my/feedback-requests/:id/cancel */
export function cancelFeedbackRequest(id: string) {
  return api.post(`/api/my/feedback-requests/${encodeURIComponent(id)}/cancel`, {}, feedbackRequestSummarySchema);
}
export const useCancelFeedbackRequest = () => useSupervisionMutation(cancelFeedbackRequest);

/** GET /api/feedback-requests/:id: the request a supervisor opens from the link. */
export function getFeedbackRequest(id: string, signal?: AbortSignal): Promise<FeedbackRequestDetail> {
  return api.get(`/api/feedback-requests/${encodeURIComponent(id)}`, feedbackRequestDetailSchema, signal);
}
export const feedbackRequestQueryOptions = (id: string) =>
  queryOptions({ queryKey: supervisionKeys.request(id), queryFn: ({ signal }) => getFeedbackRequest(id, signal) });
export function useFeedbackRequest(id: string) {
  return useQuery(feedbackRequestQueryOptions(id));
}
