import {
  createIndicatorSchema,
  createIndicatorValueSchema,
  createInitiativeSchema,
  createStatusUpdateSchema,
  createStrategySchema,
  initiativeDepartmentStatusesSchema,
  strategyDashboardQuerySchema,
  strategyDashboardSchema,
  strategyIdParamsSchema,
  strategyIndicatorParamsSchema,
  strategyInitiativeParamsSchema,
  strategyListSchema,
  strategySnapshotResultSchema,
  strategyThemeInputSchema,
  updateStrategyThemeSchema,
  strategyThemeParamsSchema,
  strategyWriteResultSchema,
  updateIndicatorSchema,
  updateInitiativeSchema,
  updateStrategySchema,
} from '@portal/contracts';
import { defineRoute, type RouteDef } from '../../lib/route.js';
import * as service from './strategies.service.js';

/**
 * Reading is decided by strategy-access.ts, not by the route permission alone: `strategy:read`
 * holders read the strategies covering their scope, and members of an education council read
 * their hospital's strategy whatever their roles. So the read routes ask only for a permission
 * every role of a tenant holds (`education-bodies:read`; not the platform operator) and answer
 * 404 for a strategy the caller may not read.
 */
const read = { permission: 'education-bodies:read' } as const;
const manage = { permission: 'strategy:manage' } as const;
const tag = 'strategies';

export function strategyRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/strategies',
      tag,
      summary: 'Strategies the caller reads, each with its overall attainment and colour today',
      access: read,
      response: strategyListSchema,
      handler: async ({ ctx }) => service.list(ctx),
    }),
    defineRoute({
      method: 'post',
      path: '/api/strategies',
      tag,
      summary: "Create a hospital's strategy (the region's: regional administrator only)",
      access: manage,
      body: createStrategySchema,
      response: strategyWriteResultSchema,
      status: 201,
      handler: async ({ body, ctx }) => service.createStrategy(ctx, body),
    }),
    defineRoute({
      method: 'get',
      path: '/api/strategies/:strategyId/dashboard',
      tag,
      summary:
        'The strategy indicator dashboard on a date: attainment overall, per theme, per department; initiatives with latest status and indicators; trend',
      access: read,
      params: strategyIdParamsSchema,
      query: strategyDashboardQuerySchema,
      response: strategyDashboardSchema,
      handler: async ({ params, query, ctx }) => service.dashboard(ctx, params.strategyId, query.asOf),
    }),
    defineRoute({
      method: 'get',
      path: '/api/strategies/:strategyId/initiatives/:initiativeId/department-statuses',
      tag,
      summary: "A per-department initiative's latest status in each department of the strategy's scope, on a date",
      access: read,
      params: strategyInitiativeParamsSchema,
      query: strategyDashboardQuerySchema,
      response: initiativeDepartmentStatusesSchema,
      handler: async ({ params, query, ctx }) =>
        service.initiativeDepartmentStatuses(ctx, params.strategyId, params.initiativeId, query.asOf),
    }),
    defineRoute({
      method: 'put',
      path: '/api/strategies/:strategyId',
      tag,
      summary: 'Edit title, period and thresholds (a stale version answers 409)',
      access: manage,
      params: strategyIdParamsSchema,
      body: updateStrategySchema,
      response: strategyWriteResultSchema,
      handler: async ({ params, body, ctx }) => service.updateStrategy(ctx, params.strategyId, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/strategies/:strategyId/themes',
      tag,
      summary: 'Add a theme (indsatsområde)',
      access: manage,
      params: strategyIdParamsSchema,
      body: strategyThemeInputSchema,
      response: strategyWriteResultSchema,
      status: 201,
      handler: async ({ params, body, ctx }) => service.createTheme(ctx, params.strategyId, body),
    }),
    defineRoute({
      method: 'put',
      path: '/api/strategies/:strategyId/themes/:themeId',
      tag,
      summary: 'Edit a theme',
      access: manage,
      params: strategyThemeParamsSchema,
      body: updateStrategyThemeSchema,
      response: strategyWriteResultSchema,
      handler: async ({ params, body, ctx }) => service.updateTheme(ctx, params.strategyId, params.themeId, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/strategies/:strategyId/initiatives',
      tag,
      summary: 'Add an initiative (goal) to a theme',
      access: manage,
      params: strategyIdParamsSchema,
      body: createInitiativeSchema,
      response: strategyWriteResultSchema,
      status: 201,
      handler: async ({ params, body, ctx }) => service.createInitiative(ctx, params.strategyId, body),
    }),
    defineRoute({
      method: 'put',
      path: '/api/strategies/:strategyId/initiatives/:initiativeId',
      tag,
      summary: 'Edit an initiative (a stale version answers 409)',
      access: manage,
      params: strategyInitiativeParamsSchema,
      body: updateInitiativeSchema,
      response: strategyWriteResultSchema,
      handler: async ({ params, body, ctx }) =>
        service.updateInitiative(ctx, params.strategyId, params.initiativeId, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/strategies/:strategyId/initiatives/:initiativeId/status-updates',
      tag,
      summary: 'Record a dated status of an initiative (for the whole scope or a department; append-only)',
      access: manage,
      params: strategyInitiativeParamsSchema,
      body: createStatusUpdateSchema,
      response: strategyWriteResultSchema,
      status: 201,
      handler: async ({ params, body, ctx }) =>
        service.addStatusUpdate(ctx, params.strategyId, params.initiativeId, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/strategies/:strategyId/initiatives/:initiativeId/indicators',
      tag,
      summary: 'Add a manual or computed indicator to an initiative',
      access: manage,
      params: strategyInitiativeParamsSchema,
      body: createIndicatorSchema,
      response: strategyWriteResultSchema,
      status: 201,
      handler: async ({ params, body, ctx }) =>
        service.createIndicator(ctx, params.strategyId, params.initiativeId, body),
    }),
    defineRoute({
      method: 'put',
      path: '/api/strategies/:strategyId/indicators/:indicatorId',
      tag,
      summary: 'Edit an indicator (a stale version answers 409)',
      access: manage,
      params: strategyIndicatorParamsSchema,
      body: updateIndicatorSchema,
      response: strategyWriteResultSchema,
      handler: async ({ params, body, ctx }) =>
        service.updateIndicator(ctx, params.strategyId, params.indicatorId, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/strategies/:strategyId/indicators/:indicatorId/values',
      tag,
      summary: 'Type in a dated value of a manual indicator',
      access: manage,
      params: strategyIndicatorParamsSchema,
      body: createIndicatorValueSchema,
      response: strategyWriteResultSchema,
      status: 201,
      handler: async ({ params, body, ctx }) =>
        service.addIndicatorValue(ctx, params.strategyId, params.indicatorId, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/strategies/:strategyId/snapshots',
      tag,
      summary: 'Take a snapshot of the attainment now (for the trend line)',
      access: manage,
      params: strategyIdParamsSchema,
      response: strategySnapshotResultSchema,
      status: 201,
      handler: async ({ params, ctx }) => service.snapshotNow(ctx, params.strategyId),
    }),
  ];
}
