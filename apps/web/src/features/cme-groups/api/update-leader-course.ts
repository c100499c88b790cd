import { cmeLeaderCourseSchema, type UpdateCmeLeaderCourse } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { cmeKeys } from './keys';

/** PUT /api/cme-groups/leader-courses/:courseId (a stale version answers 409 CONFLICT) */
export function updateLeaderCourse(v: { id: string; body: UpdateCmeLeaderCourse }) {
  return api.put(`/api/cme-groups/leader-courses/${encodeURIComponent(v.id)}`, v.body, cmeLeaderCourseSchema);
}

/** Every CME query is refetched after a change (counts, coverage and lists depend on each other). */
export function useUpdateLeaderCourse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateLeaderCourse,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: cmeKeys.all }),
  });
}
