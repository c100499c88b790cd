import { courseDetailSchema } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { useCourseMutation } from './mutate';

/** POST /api/courses/:courseId/cancel (kept for history; 409 on a stale version). */
export function cancelCourse({ id, version }: { id: string; version: number }) {
  return api.post(`/api/courses/${encodeURIComponent(id)}/cancel`, { version }, courseDetailSchema);
}
export const useCancelCourse = () => useCourseMutation(cancelCourse);
