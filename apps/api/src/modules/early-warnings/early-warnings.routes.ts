import { earlyWarningsQuerySchema, earlyWarningsSchema } from '@portal/contracts';
import { defineRoute, type RouteDef } from '../../lib/route.js';
import { earlyWarnings } from './early-warnings.service.js';

export function earlyWarningRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/early-warnings',
      tag: 'early-warnings',
      summary:
        "Signals on the caller's trainees (UAO of the department, hovedvejleder of the course), computed on read; writes nothing",
      access: { permission: 'early-warnings:read' },
      query: earlyWarningsQuerySchema,
      response: earlyWarningsSchema,
      handler: ({ ctx, query }) => earlyWarnings(ctx, { all: query.all }),
    }),
  ];
}
