import { auditEventListQuerySchema, auditEventListSchema } from '@portal/contracts';
import { forbidden } from '../../lib/app-error.js';
import { defineRoute } from '../../lib/route.js';
import { permissionScope } from '../auth/principal.repository.js';
import { listAuditEvents } from './audit.repository.js';

export function auditRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/api/audit-events',
      tag: 'audit',
      summary: "The region's audit log, newest first (cursor pagination)",
      access: { permission: 'audit:read' },
      query: auditEventListQuerySchema,
      response: auditEventListSchema,
      handler: async ({ query, ctx }) => {
        if (permissionScope(ctx.principal, 'audit:read') !== 'tenant') throw forbidden();
        const rows = await listAuditEvents(ctx.tx, ctx.tenantId, {
          limit: query.limit,
          before: query.before !== undefined ? BigInt(query.before) : undefined,
          actorId: query.actorId,
          action: query.action,
        });
        const items = rows.map((r) => ({
          id: r.id.toString(),
          at: r.at.toISOString(),
          actorId: r.actorId,
          action: r.action,
          entityType: r.entityType,
          entityId: r.entityId,
        }));
        return { items, nextBefore: items.length === query.limit ? (items.at(-1)?.id ?? null) : null };
      },
    }),
  ];
}
