import { courseDetailSchema, type AddPlacement } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { useCourseMutation } from './mutate';

/** POST /api/courses/:courseId/placements. */
export function addPlacement({ id, body }: { id: string; body: AddPlacement }) {
  return api.post(`/api/courses/${encodeURIComponent(id)}/placements`, body, courseDetailSchema);
}
export const useAddPlacement = () => useCourseMutation(addPlacement);
