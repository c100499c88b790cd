import { courseDetailSchema, type CourseDetail } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { courseKeys } from './keys';

/** GET /api/courses/:courseId (with the caller's relations to it). */
export function getCourse(id: string, signal?: AbortSignal): Promise<CourseDetail> {
  return api.get(`/api/courses/${encodeURIComponent(id)}`, courseDetailSchema, signal);
}

export const courseQueryOptions = (id: string) =>
  queryOptions({ queryKey: courseKeys.detail(id), queryFn: ({ signal }) => getCourse(id, signal) });

export function useCourse(id: string) {
  return useQuery(courseQueryOptions(id));
}
