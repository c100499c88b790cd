import { supervisionEntrySchema, type CreateSupervision } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { useSupervisionMutation } from './mutate';

/** POST /api/courses/:courseId/supervision */
export function createSupervision({ courseId, body }: { courseId: string; body: CreateSupervision }) {
  return api.post(`/api/courses/${encodeURIComponent(courseId)}/supervision`, body, supervisionEntrySchema);
}
export const useCreateSupervision = () => useSupervisionMutation(createSupervision);
