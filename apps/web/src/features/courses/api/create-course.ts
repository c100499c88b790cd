import { courseDetailSchema, type CreateCourse } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { useCourseMutation } from './mutate';

/** POST /api/courses. */
export function createCourse(body: CreateCourse) {
  return api.post('/api/courses', body, courseDetailSchema);
}
export const useCreateCourse = () => useCourseMutation(createCourse);
