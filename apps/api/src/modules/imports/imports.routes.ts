import {
  IMPORT_KINDS,
  IMPORT_PERMISSION,
  importCommitResultSchema,
  importFileRequestSchema,
  importPreviewSchema,
} from '@portal/contracts';
import { defineRoute, type RouteDef } from '../../lib/route.js';
import { unitsInScope } from '../auth/scope.js';
import { parseImportFile } from './imports.parse.js';
import { commitImport, previewImport } from './imports.service.js';

/**
 * The import routes take a larger JSON body (the file, base64); app.ts matches them with this. The
 * bulk imports, and an AMU's placement-evaluation import (tutor-practices module).
 */
export const IMPORT_ROUTE_PATH =
  /^\/api\/(imports\/(departments|people|role-assignments|courses|general-practitioners)|gp-areas\/[0-9a-f-]{36}\/evaluations)\/(preview|commit)$/;

/** Bulk import of departments, people and role assignments (CSV / XLSX): preview, then all-or-nothing commit. */
export function importRoutes(): RouteDef[] {
  return IMPORT_KINDS.flatMap((kind) => {
    const permission = IMPORT_PERMISSION[kind];
    return [
      defineRoute({
        method: 'post',
        path: `/api/imports/${kind}/preview`,
        tag: 'imports',
        summary: `Reads a CSV or XLSX file of ${kind} and validates every row; writes nothing`,
        access: { permission },
        body: importFileRequestSchema,
        response: importPreviewSchema,
        handler: async ({ body, ctx }) => {
          const file = await parseImportFile(body);
          const scope = await unitsInScope(ctx, permission);
          return previewImport(kind, { tx: ctx.tx, tenantId: ctx.tenantId, scope }, file, body.fileName);
        },
      }),
      defineRoute({
        method: 'post',
        path: `/api/imports/${kind}/commit`,
        tag: 'imports',
        summary: `Validates the file again and writes all its ${kind} in one transaction, or nothing (400 with the row errors)`,
        access: { permission },
        body: importFileRequestSchema,
        response: importCommitResultSchema,
        status: 201,
        handler: async ({ body, ctx }) => {
          const file = await parseImportFile(body);
          const scope = await unitsInScope(ctx, permission);
          return commitImport(kind, { tx: ctx.tx, tenantId: ctx.tenantId, scope }, file, body.fileName, {
            actorId: ctx.principal.userId,
            ip: ctx.ip || null,
            requestId: ctx.requestId,
          });
        },
      }),
    ];
  });
}
