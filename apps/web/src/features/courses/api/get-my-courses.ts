import { myCoursesSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { courseKeys } from './keys';

/** GET /api/my/courses: the signed-in trainee's own courses. */
export const myCoursesQueryOptions = () =>
  queryOptions({
    queryKey: courseKeys.mine,
    queryFn: async ({ signal }) => (await api.get('/api/my/courses', myCoursesSchema, signal)).items,
  });

export function useMyCourses(enabled = true) {
  return useQuery({ ...myCoursesQueryOptions(), enabled });
}
