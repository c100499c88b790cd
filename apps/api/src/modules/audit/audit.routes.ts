import {
  auditActorListSchema,
  auditEventListQuerySchema,
  auditEventListSchema,
  auditExportQuerySchema,
  todayInDenmark,
} from '@portal/contracts';
import { withTenant } from '../../lib/db.js';
import { defineRoute } from '../../lib/route.js';
import { listAuditActors, listAuditEvents, writeAudit } from './audit.repository.js';
import { auditScopeOf, collectForExport, toAuditEvent, toCsv, toFilter } from './audit.service.js';

export function auditRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/api/audit-events',
      tag: 'audit',
      summary:
        'The audit log, newest first (cursor pagination): the whole region for a regional administrator, ' +
        "the events of its hospital's people and records for Tutorcentret",
      access: { permission: 'audit:read' },
      query: auditEventListQuerySchema,
      response: auditEventListSchema,
      handler: async ({ query, ctx }) => {
        const rows = await listAuditEvents(ctx.tx, ctx.tenantId, auditScopeOf(ctx.principal), toFilter(query), {
          limit: query.limit,
          before: query.before !== undefined ? BigInt(query.before) : undefined,
        });
        const items = rows.map(toAuditEvent);
        return { items, nextBefore: items.length === query.limit ? (items.at(-1)?.id ?? null) : null };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/audit-events/actors',
      tag: 'audit',
      summary: 'The people the caller may filter the audit log by (in the same scope as the log)',
      access: { permission: 'audit:read' },
      response: auditActorListSchema,
      handler: async ({ ctx }) => ({
        items: await listAuditActors(ctx.tx, ctx.tenantId, auditScopeOf(ctx.principal)),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/audit-events/export',
      tag: 'audit',
      summary:
        'The audit log as CSV (same filters and scope as the list, newest first, at most 50,000 rows and ' +
        'about 5 s of reading; X-Export-Truncated: true when cut). The export itself is audited.',
      access: { permission: 'audit:read' },
      query: auditExportQuerySchema,
      rawResponse: { contentType: 'text/csv', description: 'CSV file (attachment), UTF-8 with BOM' },
      handler: async ({ query, ctx }) => {
        const { rows, truncatedBy } = await collectForExport(
          ctx.tx,
          ctx.tenantId,
          auditScopeOf(ctx.principal),
          toFilter(query),
        );
        const csv = toCsv(rows);
        // The export is logged and committed in its own transaction before a byte leaves the
        // server, so a failure after sending can never leave an export without its audit event.
        await withTenant(ctx.db, ctx.tenantId, (tx) =>
          writeAudit(
            tx,
            ctx.tenantId,
            ctx.principal.userId,
            {
              action: 'audit.exported',
              data: { filters: query, rows: rows.length, truncated: truncatedBy !== null, truncatedBy },
            },
            ctx.req,
          ),
        );
        // A cut export is named so (the file name is what the user sees of the header).
        ctx.res
          .status(200)
          .type('text/csv; charset=utf-8')
          .setHeader(
            'Content-Disposition',
            `attachment; filename="auditlog-${todayInDenmark()}${truncatedBy ? '-afkortet' : ''}.csv"`,
          )
          .setHeader('X-Export-Truncated', String(truncatedBy !== null))
          .send(csv);
      },
    }),
  ];
}
