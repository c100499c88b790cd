import { courseDetailSchema } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { useCourseMutation } from './mutate';

/** PUT /api/courses/:courseId/main-supervisor: one transaction, the previous one stays a supervisor. */
export function setMainSupervisor({ id, supervisorId }: { id: string; supervisorId: string }) {
  return api.put(`/api/courses/${encodeURIComponent(id)}/main-supervisor`, { supervisorId }, courseDetailSchema);
}
export const useSetMainSupervisor = () => useCourseMutation(setMainSupervisor);
