import {
  createGpDepartmentLinkSchema,
  gpAreaParamsSchema,
  gpDepartmentLinkDeleteQuerySchema,
  gpDepartmentLinkParamsSchema,
  gpDepartmentVisitSchema,
  gpLinkableDepartmentsSchema,
  gpVisitListSchema,
  updateGpDepartmentLinkSchema,
} from '@portal/contracts';
import { defineRoute, type RouteDef } from '../../lib/route.js';
import * as service from './gp-visits.service.js';

const access = { permission: 'gp-area:manage' } as const;
const tag = 'gp-visits';

/**
 * The AMU's 3-yearly visits to hospital departments in GP training: the departments linked to a
 * GP area and their due list. The visits are activities (see the activities module).
 */
export function gpVisitRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/gp-areas/:areaId/department-visits',
      tag,
      summary: 'Due list: the departments linked to the area, overdue first, with last and planned visit',
      access,
      params: gpAreaParamsSchema,
      response: gpVisitListSchema,
      handler: ({ params, ctx }) => service.dueList(ctx, params.areaId),
    }),
    defineRoute({
      method: 'get',
      path: '/api/gp-areas/:areaId/department-visits/linkable',
      tag,
      summary: 'Hospital departments of the region that are not yet linked to the area',
      access,
      params: gpAreaParamsSchema,
      response: gpLinkableDepartmentsSchema,
      handler: ({ params, ctx }) => service.linkable(ctx, params.areaId),
    }),
    defineRoute({
      method: 'post',
      path: '/api/gp-areas/:areaId/department-visits',
      tag,
      summary: 'Link a hospital department to the area’s GP training (joined date, clinical lecturers)',
      access,
      params: gpAreaParamsSchema,
      body: createGpDepartmentLinkSchema,
      response: gpDepartmentVisitSchema,
      status: 201,
      handler: ({ params, body, ctx }) => service.createLink(ctx, params.areaId, body),
    }),
    defineRoute({
      method: 'put',
      path: '/api/gp-areas/:areaId/department-visits/:linkId',
      tag,
      summary: 'Edit a linked department (a stale version answers 409)',
      access,
      params: gpDepartmentLinkParamsSchema,
      body: updateGpDepartmentLinkSchema,
      response: gpDepartmentVisitSchema,
      handler: ({ params, body, ctx }) => service.updateLink(ctx, params.areaId, params.linkId, body),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/gp-areas/:areaId/department-visits/:linkId',
      tag,
      summary: 'Unlink a department without visits (a stale version answers 409); answers the due list',
      access,
      params: gpDepartmentLinkParamsSchema,
      query: gpDepartmentLinkDeleteQuerySchema,
      response: gpVisitListSchema,
      handler: async ({ params, query, ctx }) => {
        await service.deleteLink(ctx, params.areaId, params.linkId, query.version);
        return service.dueList(ctx, params.areaId);
      },
    }),
  ];
}
