import { cmeLeaderCourseSchema, type CreateCmeLeaderCourse } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { cmeKeys } from './keys';

/** POST /api/cme-groups/leader-courses */
export function createLeaderCourse(v: CreateCmeLeaderCourse) {
  return api.post('/api/cme-groups/leader-courses', v, cmeLeaderCourseSchema);
}

/** Every CME query is refetched after a change (counts, coverage and lists depend on each other). */
export function useCreateLeaderCourse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createLeaderCourse,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: cmeKeys.all }),
  });
}
