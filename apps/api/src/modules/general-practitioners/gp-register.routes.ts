import {
  generalPractitionerSchema,
  gpFieldsSchema,
  gpIdParamsSchema,
  gpImportPreviewSchema,
  gpImportResultSchema,
  gpLeaveSchema,
  gpListQuerySchema,
  gpListSchema,
  gpPracticeOptionsSchema,
  importFileRequestSchema,
  updateGpSchema,
} from '@portal/contracts';
import { defineRoute, type RouteDef } from '../../lib/route.js';
import { parseImportFile } from '../imports/imports.parse.js';
import * as service from './gp-register.service.js';

/**
 * Every role may reach these routes' handler ('org:read'); the handler lets in only holders of
 * cme-groups:manage (the whole region) or gp-area:manage (their area) and answers 403 to the rest
 * (registerScope), because a route states one permission and the register has two kinds of readers.
 */
const access = { permission: 'org:read' } as const;
const tag = 'general-practitioners';

/** The region's GP register: list, add, edit, mark as left, import a GP list. */
export function gpRegisterRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/general-practitioners',
      tag,
      summary: 'GPs in scope (search, practice, area, newly settled, in no group)',
      access,
      query: gpListQuerySchema,
      response: gpListSchema,
      handler: async ({ query, ctx }) => ({ items: await service.list(ctx, query) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/general-practitioners/practices',
      tag,
      summary: 'Practices the caller may register GPs in',
      access,
      response: gpPracticeOptionsSchema,
      handler: async ({ ctx }) => ({ items: await service.listPractices(ctx) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/general-practitioners',
      tag,
      summary: 'Add a GP to the register',
      access,
      body: gpFieldsSchema,
      response: generalPractitionerSchema,
      status: 201,
      handler: async ({ body, ctx }) => service.create(ctx, body),
    }),
    defineRoute({
      method: 'get',
      path: '/api/general-practitioners/:gpId',
      tag,
      summary: 'One GP (404 outside the caller’s scope)',
      access,
      params: gpIdParamsSchema,
      response: generalPractitionerSchema,
      handler: async ({ params, ctx }) => service.get(ctx, params.gpId),
    }),
    defineRoute({
      method: 'put',
      path: '/api/general-practitioners/:gpId',
      tag,
      summary: 'Edit a GP (a stale version answers 409)',
      access,
      params: gpIdParamsSchema,
      body: updateGpSchema,
      response: generalPractitionerSchema,
      handler: async ({ params, body, ctx }) => service.update(ctx, params.gpId, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/general-practitioners/:gpId/leave',
      tag,
      summary: 'Mark a GP as left practice (ophørt) on a day (a stale version answers 409)',
      access,
      params: gpIdParamsSchema,
      body: gpLeaveSchema,
      response: generalPractitionerSchema,
      handler: async ({ params, body, ctx }) => service.markLeft(ctx, params.gpId, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/imports/general-practitioners/preview',
      tag,
      summary: 'Reads a GP list (CSV / XLSX) and validates every row; writes nothing',
      access,
      body: importFileRequestSchema,
      response: gpImportPreviewSchema,
      handler: async ({ body, ctx }) => {
        await service.registerScope(ctx);
        return service.previewImport(ctx, await parseImportFile(body), body.fileName);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/imports/general-practitioners/commit',
      tag,
      summary: 'Writes every row of a GP list (create, or update by authorisation ID), or nothing (400)',
      access,
      body: importFileRequestSchema,
      response: gpImportResultSchema,
      status: 201,
      handler: async ({ body, ctx }) => {
        await service.registerScope(ctx);
        return service.commitImport(ctx, await parseImportFile(body), body.fileName);
      },
    }),
  ];
}
