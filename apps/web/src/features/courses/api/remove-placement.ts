import { courseDetailSchema } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { useCourseMutation } from './mutate';

/** DELETE /api/courses/:courseId/placements/:placementId. */
export function removePlacement({ id, placementId }: { id: string; placementId: string }) {
  return api.delete(
    `/api/courses/${encodeURIComponent(id)}/placements/${encodeURIComponent(placementId)}`,
    courseDetailSchema,
  );
}
export const useRemovePlacement = () => useCourseMutation(removePlacement);
