import {
  indicatorKeyParamsSchema,
  indicatorRecordsQuerySchema,
  indicatorRecordsResponseSchema,
  indicatorsQuerySchema,
  indicatorsResponseSchema,
} from '@portal/contracts';
import { defineRoute, type RouteDef } from '../../lib/route.js';
import * as service from './indicators.service.js';

/**
 * Every holder of strategy:read also holds department-dashboard:read (UAO, cheflæge, Tutorcentret,
 * regional administrator; UKS has the dashboard only), so the routes require the latter and the
 * service narrows to the union of both scopes.
 */
const access = { permission: 'department-dashboard:read' } as const;
const tag = 'indicators';

/** The computed strategy indicators for a scope, and the records behind each figure. */
export function indicatorRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/indicators',
      tag,
      summary:
        'The ten computed indicators for a hospital, department or (tenant-wide roles) the region, with the targets of the strategies covering it',
      access,
      query: indicatorsQuerySchema,
      response: indicatorsResponseSchema,
      handler: ({ query, ctx }) => service.getIndicators(ctx, query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/indicators/:key/records',
      tag,
      summary:
        "The records behind one indicator's figure (drill-down); rows the caller may not see are left out and counted in hiddenCount",
      access,
      params: indicatorKeyParamsSchema,
      query: indicatorRecordsQuerySchema,
      response: indicatorRecordsResponseSchema,
      handler: ({ params, query, ctx }) => service.getIndicatorRecords(ctx, params.key, query),
    }),
  ];
}
