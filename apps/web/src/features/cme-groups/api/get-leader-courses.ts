import { cmeLeaderCoursesSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { cmeKeys } from './keys';

/** GET /api/cme-groups/leader-courses?year= */
export function getLeaderCourses(year: number | null, signal?: AbortSignal) {
  return api.get(`/api/cme-groups/leader-courses${year ? `?year=${year}` : ''}`, cmeLeaderCoursesSchema, signal);
}
export const leaderCoursesQueryOptions = (year: number | null) =>
  queryOptions({ queryKey: cmeKeys.leaderCourses(year), queryFn: ({ signal }) => getLeaderCourses(year, signal) });
export function useLeaderCourses(year: number | null) {
  return useQuery(leaderCoursesQueryOptions(year));
}
