import { myFeedbackSchema, type MyFeedback } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { supervisionKeys } from './keys';

/** GET /api/my/feedback: the trainee's current courses, supervisors, latest feedback, open requests. */
export function getMyFeedback(signal?: AbortSignal): Promise<MyFeedback> {
  return api.get('/api/my/feedback', myFeedbackSchema, signal);
}

export const myFeedbackQueryOptions = () =>
  queryOptions({ queryKey: supervisionKeys.myFeedback, queryFn: ({ signal }) => getMyFeedback(signal) });

export function useMyFeedback(enabled = true) {
  return useQuery({ ...myFeedbackQueryOptions(), enabled });
}
