import { courseListSchema, type CourseList, type CourseListQuery } from '@portal/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { courseKeys } from './keys';

/** GET /api/courses: one page of the courses the caller may see. */
export async function getCourses(filter: CourseListQuery, signal?: AbortSignal): Promise<CourseList> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v !== undefined && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return api.get(`/api/courses${qs ? `?${qs}` : ''}`, courseListSchema, signal);
}

export const coursesQueryOptions = (filter: CourseListQuery) =>
  queryOptions({ queryKey: courseKeys.list(filter), queryFn: ({ signal }) => getCourses(filter, signal) });

export function useCourses(filter: CourseListQuery, enabled = true) {
  return useQuery({ ...coursesQueryOptions(filter), placeholderData: keepPreviousData, enabled });
}
