import { courseTimelineSchema, type CourseTimeline } from '@portal/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { supervisionKeys } from './keys';

/** GET /api/courses/:courseId/timeline: one page, newest first; pass the previous page's nextCursor. */
export function getTimeline(courseId: string, cursor: string | null, signal?: AbortSignal): Promise<CourseTimeline> {
  const q = new URLSearchParams({ limit: '20' });
  if (cursor) q.set('cursor', cursor);
  return api.get(`/api/courses/${encodeURIComponent(courseId)}/timeline?${q.toString()}`, courseTimelineSchema, signal);
}

export const timelineQueryOptions = (courseId: string) =>
  infiniteQueryOptions({
    queryKey: supervisionKeys.timeline(courseId),
    queryFn: ({ pageParam, signal }) => getTimeline(courseId, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export function useTimeline(courseId: string) {
  return useInfiniteQuery(timelineQueryOptions(courseId));
}
