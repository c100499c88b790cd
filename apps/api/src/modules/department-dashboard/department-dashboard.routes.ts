import {
  dashboardQuerySchema,
  dashboardUnitsSchema,
  departmentDashboardParamsSchema,
  departmentDashboardSchema,
  hospitalComparisonParamsSchema,
  hospitalComparisonSchema,
} from '@portal/contracts';
import { defineRoute, type RouteDef } from '../../lib/route.js';
import * as service from './department-dashboard.service.js';

const tag = 'department-dashboard';
const access = { permission: 'department-dashboard:read' } as const;

/** The department dashboard, its pickers and the hospital view comparing departments. */
export function departmentDashboardRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/department-dashboard/units',
      tag,
      summary: 'The departments and hospitals whose dashboards the caller may open',
      access,
      response: dashboardUnitsSchema,
      handler: async ({ ctx }) => service.units(ctx),
    }),
    defineRoute({
      method: 'get',
      path: '/api/department-dashboard/hospitals/:hospitalId/comparison',
      tag,
      summary: "A hospital's open departments side by side (Tutorcentret: its hospital; admin: any)",
      access,
      params: hospitalComparisonParamsSchema,
      query: dashboardQuerySchema,
      response: hospitalComparisonSchema,
      handler: async ({ params, query, ctx }) => service.hospitalComparison(ctx, params.hospitalId, query.asOf),
    }),
    defineRoute({
      method: 'get',
      path: '/api/department-dashboard/:unitId',
      tag,
      summary:
        "A department's key figures at a date: trainees, arrivals and departures, expectation meetings, supervision and feedback, competences, education bodies, function descriptions and mentors",
      access,
      params: departmentDashboardParamsSchema,
      query: dashboardQuerySchema,
      response: departmentDashboardSchema,
      handler: async ({ params, query, ctx }) => service.departmentDashboard(ctx, params.unitId, query.asOf),
    }),
  ];
}
