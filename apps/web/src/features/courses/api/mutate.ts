import type { CourseDetail } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { courseKeys } from './keys';

/** A mutation whose answer is the course as it is now: stored, and every list refetched. */
export function useCourseMutation<V>(fn: (vars: V) => Promise<CourseDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (c) => {
      queryClient.setQueryData(courseKeys.detail(c.id), c);
      void queryClient.invalidateQueries({
        queryKey: courseKeys.all,
        predicate: (q) => q.queryKey[1] !== 'detail' || q.queryKey[2] !== c.id,
      });
      void queryClient.invalidateQueries({ queryKey: courseKeys.myChains });
    },
  });
}
