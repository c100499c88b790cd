import {
  activityIdParamsSchema,
  activityListQuerySchema,
  activityListSchema,
  activitySchema,
  activityStatsQuerySchema,
  activityStatsSchema,
  attendanceSchema,
  createActivitySchema,
  createRegistrationSchema,
  followUpInputSchema,
  followUpParamsSchema,
  participantSearchQuerySchema,
  participantSearchSchema,
  registrationParamsSchema,
  updateActivitySchema,
  updateReportSchema,
} from '@portal/contracts';
import { defineRoute, type AuthedCtx, type RouteDef } from '../../lib/route.js';
import { unitsInScope } from '../auth/scope.js';
import * as service from './activities.service.js';

const access = { permission: 'activities:manage' } as const;
const tag = 'activities';

async function activityCtx(ctx: AuthedCtx): Promise<service.ActivityCtx> {
  return { tx: ctx.tx, tenantId: ctx.tenantId, scope: await unitsInScope(ctx, 'activities:manage'), audit: ctx.audit };
}

/** Tutorcentret activities: visits, supervisor courses, theme days, workshops; counts per period. */
export function activityRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/activities',
      tag,
      summary: 'Activities in scope: upcoming first, then past (filter by kind, state, period, unit)',
      access,
      query: activityListQuerySchema,
      response: activityListSchema,
      handler: async ({ query, ctx }) => ({ items: await service.listActivities(await activityCtx(ctx), query) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/activities',
      tag,
      summary: 'Create an activity (hospital in scope; region-wide for the regional administrator)',
      access,
      body: createActivitySchema,
      response: activitySchema,
      status: 201,
      handler: async ({ body, ctx }) => service.createActivity(await activityCtx(ctx), body),
    }),
    defineRoute({
      method: 'get',
      path: '/api/activities/stats',
      tag,
      summary:
        'Counts for a period: supervisors trained, departments visited, held and participants per kind and month',
      access,
      query: activityStatsQuerySchema,
      response: activityStatsSchema,
      handler: async ({ query, ctx }) => service.stats(await activityCtx(ctx), query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/activities/participants',
      tag,
      summary: 'Search portal users who can be registered or own a follow-up (in scope)',
      access,
      query: participantSearchQuerySchema,
      response: participantSearchSchema,
      handler: async ({ query, ctx }) => ({
        items: await service.searchParticipants(await activityCtx(ctx), query.q),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/activities/:activityId',
      tag,
      summary: 'An activity with registrations, waitlist, attendance, report and follow-ups',
      access,
      params: activityIdParamsSchema,
      response: activitySchema,
      handler: async ({ params, ctx }) => service.getActivity(await activityCtx(ctx), params.activityId),
    }),
    defineRoute({
      method: 'put',
      path: '/api/activities/:activityId',
      tag,
      summary: 'Edit an activity (optimistic concurrency: a stale version answers 409)',
      access,
      params: activityIdParamsSchema,
      body: updateActivitySchema,
      response: activitySchema,
      handler: async ({ params, body, ctx }) => service.updateActivity(await activityCtx(ctx), params.activityId, body),
    }),
    defineRoute({
      method: 'put',
      path: '/api/activities/:activityId/report',
      tag,
      summary: 'Write the report of a department visit (a stale version answers 409)',
      access,
      params: activityIdParamsSchema,
      body: updateReportSchema,
      response: activitySchema,
      handler: async ({ params, body, ctx }) => service.updateReport(await activityCtx(ctx), params.activityId, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/activities/:activityId/registrations',
      tag,
      summary: 'Register a participant (portal user or external); waitlisted when the activity is full',
      access,
      params: activityIdParamsSchema,
      body: createRegistrationSchema,
      response: activitySchema,
      status: 201,
      handler: async ({ params, body, ctx }) => service.register(await activityCtx(ctx), params.activityId, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/activities/:activityId/registrations/:registrationId/cancel',
      tag,
      summary: 'Cancel a registration; the first on the waitlist gets the seat',
      access,
      params: registrationParamsSchema,
      response: activitySchema,
      handler: async ({ params, ctx }) =>
        service.cancelRegistration(await activityCtx(ctx), params.activityId, params.registrationId),
    }),
    defineRoute({
      method: 'put',
      path: '/api/activities/:activityId/attendance',
      tag,
      summary: 'Record attendance of registered participants (on or after the day; marks the activity held)',
      access,
      params: activityIdParamsSchema,
      body: attendanceSchema,
      response: activitySchema,
      handler: async ({ params, body, ctx }) =>
        service.recordAttendance(await activityCtx(ctx), params.activityId, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/activities/:activityId/follow-ups',
      tag,
      summary: 'Add an agreed follow-up to a department visit',
      access,
      params: activityIdParamsSchema,
      body: followUpInputSchema,
      response: activitySchema,
      status: 201,
      handler: async ({ params, body, ctx }) => service.addFollowUp(await activityCtx(ctx), params.activityId, body),
    }),
    defineRoute({
      method: 'put',
      path: '/api/activities/:activityId/follow-ups/:followUpId',
      tag,
      summary: 'Edit a follow-up of a department visit (text, owner, due date, done)',
      access,
      params: followUpParamsSchema,
      body: followUpInputSchema,
      response: activitySchema,
      handler: async ({ params, body, ctx }) =>
        service.updateFollowUp(await activityCtx(ctx), params.activityId, params.followUpId, body),
    }),
  ];
}
