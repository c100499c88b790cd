import { myNotificationsQuerySchema, notificationListSchema, type NotificationKind } from '@portal/contracts';
import { defineRoute, type RouteDef } from '../../lib/route.js';
import * as repo from './notifications.repository.js';

/** Messages the portal sent to the signed-in user ("Sendte beskeder"). */
export function notificationRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/my/notifications',
      tag: 'notifications',
      summary: 'Messages (e-mail reminders) the portal sent or is sending to me, newest first',
      access: { permission: 'profile:read' },
      query: myNotificationsQuerySchema,
      response: notificationListSchema,
      handler: async ({ query, ctx }) => {
        const { rows, total } = await repo.listForUser(
          ctx.tx,
          ctx.tenantId,
          ctx.principal.userId,
          query.page,
          query.pageSize,
        );
        return {
          items: rows.map((r) => ({
            ...r,
            kind: r.kind as NotificationKind,
            createdAt: r.createdAt.toISOString(),
            sentAt: r.sentAt?.toISOString() ?? null,
          })),
          total,
          page: query.page,
          pageSize: query.pageSize,
        };
      },
    }),
  ];
}
