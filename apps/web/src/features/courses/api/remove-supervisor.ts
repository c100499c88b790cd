import { courseDetailSchema } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { useCourseMutation } from './mutate';

/** DELETE /api/courses/:courseId/supervisors/:supervisorId. */
export function removeSupervisor({ id, supervisorId }: { id: string; supervisorId: string }) {
  return api.delete(
    `/api/courses/${encodeURIComponent(id)}/supervisors/${encodeURIComponent(supervisorId)}`,
    courseDetailSchema,
  );
}
export const useRemoveSupervisor = () => useCourseMutation(removeSupervisor);
