import { courseDetailSchema, type AddSupervisor } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { useCourseMutation } from './mutate';

/** POST /api/courses/:courseId/supervisors. */
export function addSupervisor({ id, body }: { id: string; body: AddSupervisor }) {
  return api.post(`/api/courses/${encodeURIComponent(id)}/supervisors`, body, courseDetailSchema);
}
export const useAddSupervisor = () => useCourseMutation(addSupervisor);
