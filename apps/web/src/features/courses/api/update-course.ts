import { courseDetailSchema, type UpdateCourse } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { useCourseMutation } from './mutate';

/** PATCH /api/courses/:courseId (a stale version answers 409 CONFLICT). */
export function updateCourse({ id, body }: { id: string; body: UpdateCourse }) {
  return api.patch(`/api/courses/${encodeURIComponent(id)}`, body, courseDetailSchema);
}
export const useUpdateCourse = () => useCourseMutation(updateCourse);
