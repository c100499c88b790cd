import { feedbackEntrySchema, type CreateFeedback } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { useSupervisionMutation } from './mutate';

/** POST /api/courses/:courseId/feedback */
export function createFeedback({ courseId, body }: { courseId: string; body: CreateFeedback }) {
  return api.post(`/api/courses/${encodeURIComponent(courseId)}/feedback`, body, feedbackEntrySchema);
}
export const useCreateFeedback = () => useSupervisionMutation(createFeedback);
