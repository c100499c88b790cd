import { notificationListSchema, type NotificationList } from '@portal/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { meetingKeys, type PageParams } from './keys';

/** GET /api/my/notifications: the messages the portal sent to me, newest first. */
export function getMyNotifications(q: PageParams, signal?: AbortSignal): Promise<NotificationList> {
  const params = new URLSearchParams({ page: String(q.page ?? 1), pageSize: String(q.pageSize ?? 20) });
  return api.get(`/api/my/notifications?${params.toString()}`, notificationListSchema, signal);
}

export const myNotificationsQueryOptions = (q: PageParams) =>
  queryOptions({
    queryKey: meetingKeys.notifications(q),
    queryFn: ({ signal }) => getMyNotifications(q, signal),
    placeholderData: keepPreviousData,
  });

export function useMyNotifications(q: PageParams) {
  return useQuery(myNotificationsQueryOptions(q));
}
