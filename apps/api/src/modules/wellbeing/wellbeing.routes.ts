import {
  createDefusingSchema,
  createTalkRequestSchema,
  createWellbeingMeetingSchema,
  defusingIdParamsSchema,
  defusingListSchema,
  defusingOptionsSchema,
  defusingSchema,
  departmentWellbeingSchema,
  resolveTalkRequestSchema,
  talkRequestIdParamsSchema,
  talkRequestListQuerySchema,
  talkRequestListSchema,
  talkRequestSchema,
  wellbeingMeetingSchema,
  wellbeingOverviewSchema,
  wellbeingPeriodQuerySchema,
  wellbeingUnitParamsSchema,
} from '@portal/contracts';
import type { Request } from 'express';
import type { Config } from '../../lib/config.js';
import { withTenant } from '../../lib/db.js';
import { defineRoute, type AuthedCtx, type RouteDef } from '../../lib/route.js';
import { sendReminder } from '../expectation-meetings/reminders.js';
import { createMailer } from '../people-admin/mailer.js';
import * as svc from './wellbeing.service.js';

const tag = 'wellbeing';
const record = { permission: 'wellbeing:record' } as const;
const read = { permission: 'wellbeing:read' } as const;

/**
 * Defusing after a shift, follow-up talk requests and department well-being (issue 7). A defusing
 * is read only by its trainee and the senior who recorded it with them; a talk request by the
 * trainee and the person asked; departments see monthly aggregates of at least
 * MIN_AGGREGATE_ANSWERS defusings and nothing below.
 */
export function wellbeingRoutes(config: Config): RouteDef[] {
  const baseUrl = (req: Request) => config.mail.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
  const mailer = createMailer(config.mail);
  /**
   * The talk request's e-mail goes out as soon as the request has committed (the response is sent
   * after the commit), through the same at-most-once delivery as the reminders; if it fails, the
   * next reminder scan retries it (job-queue.ts). Without it the person asked would wait for the
   * next scan (an hour by default).
   */
  const mailAfterCommit = (ctx: AuthedCtx, talk: { courseId: string; requestedOf: { id: string } } | null) => {
    if (!talk || !mailer) return;
    ctx.res.once('finish', () => {
      if (ctx.res.statusCode >= 300) return;
      void withTenant(ctx.db, ctx.tenantId, (tx) =>
        tx.notification.findMany({
          where: {
            tenantId: ctx.tenantId,
            courseId: talk.courseId,
            userId: talk.requestedOf.id,
            kind: 'TALK_REQUESTED',
            sentAt: null,
          },
          select: { id: true },
        }),
      )
        .then(async (rows) => {
          for (const r of rows) await sendReminder(ctx.db, mailer, ctx.tenantId, r.id);
        })
        .catch((err: unknown) =>
          ctx.req.log?.warn({ err: err instanceof Error ? err.message : 'error' }, 'talk request e-mail not sent yet'),
        );
    });
  };
  return [
    defineRoute({
      method: 'get',
      path: '/api/defusings/options',
      tag,
      summary:
        'Courses the caller may record a defusing for (their own; a senior: the department’s running courses) with the persons a talk may be asked of',
      access: record,
      response: defusingOptionsSchema,
      handler: ({ ctx }) => svc.options(ctx),
    }),
    defineRoute({
      method: 'post',
      path: '/api/defusings',
      tag,
      summary: 'Record a defusing after a shift (the trainee, or a senior of the department with the trainee)',
      access: record,
      body: createDefusingSchema,
      response: defusingSchema,
      status: 201,
      handler: async ({ body, ctx }) => {
        const created = await svc.createDefusing(ctx, body, baseUrl(ctx.req));
        mailAfterCommit(ctx, created.talkRequest);
        return created;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/defusings/mine',
      tag,
      summary: 'The trainee’s own defusings, newest first, with the status of any talk asked for',
      access: record,
      response: defusingListSchema,
      handler: ({ ctx }) => svc.myDefusings(ctx),
    }),
    defineRoute({
      method: 'get',
      path: '/api/defusings/:defusingId',
      tag,
      summary: 'One defusing: only for its trainee and the senior who recorded it with them (404 for everyone else)',
      access: record,
      params: defusingIdParamsSchema,
      response: defusingSchema,
      handler: ({ params, ctx }) => svc.getDefusing(ctx, params.defusingId),
    }),
    defineRoute({
      method: 'post',
      path: '/api/talk-requests',
      tag,
      summary: 'A trainee asks for a follow-up talk without a defusing (the chosen person is e-mailed)',
      access: record,
      body: createTalkRequestSchema,
      response: talkRequestSchema,
      status: 201,
      handler: async ({ body, ctx }) => {
        const created = await svc.createTalkRequest(ctx, body, baseUrl(ctx.req));
        mailAfterCommit(ctx, created);
        return created;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/talk-requests',
      tag,
      summary: 'Talk requests addressed to me (trainee, date, message; never the defusing answers)',
      access: record,
      query: talkRequestListQuerySchema,
      response: talkRequestListSchema,
      handler: ({ query, ctx }) => svc.talkRequestsToMe(ctx, query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/talk-requests/mine',
      tag,
      summary: 'The trainee’s own talk requests with their status',
      access: record,
      response: talkRequestListSchema,
      handler: ({ ctx }) => svc.myTalkRequests(ctx),
    }),
    defineRoute({
      method: 'put',
      path: '/api/talk-requests/:talkRequestId',
      tag,
      summary: 'The person asked marks the talk held (date) or declined/passed on (note); a stale version answers 409',
      access: record,
      params: talkRequestIdParamsSchema,
      body: resolveTalkRequestSchema,
      response: talkRequestSchema,
      handler: ({ params, body, ctx }) => svc.resolveTalkRequest(ctx, params.talkRequestId, body),
    }),
    defineRoute({
      method: 'get',
      path: '/api/wellbeing/overview',
      tag,
      summary:
        'Departments in scope over whole months: defusings, mean, distribution, challenges, talk requests (months under 5 defusings left out; none shown under 5)',
      access: read,
      query: wellbeingPeriodQuerySchema,
      response: wellbeingOverviewSchema,
      handler: ({ query, ctx }) => svc.overview(ctx, query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/wellbeing/departments/:unitId',
      tag,
      summary:
        'A department’s well-being per month (every figure withheld under 5 defusings), its well-being meetings and the hospital’s shared days this year',
      access: read,
      params: wellbeingUnitParamsSchema,
      query: wellbeingPeriodQuerySchema,
      response: departmentWellbeingSchema,
      handler: ({ params, query, ctx }) => svc.departmentWellbeing(ctx, params.unitId, query),
    }),
    defineRoute({
      method: 'post',
      path: '/api/wellbeing/departments/:unitId/meetings',
      tag,
      summary: 'Record a held well-being meeting of the department (its UAO or UKS)',
      access: read,
      params: wellbeingUnitParamsSchema,
      body: createWellbeingMeetingSchema,
      response: wellbeingMeetingSchema,
      status: 201,
      handler: ({ params, body, ctx }) => svc.createMeeting(ctx, params.unitId, body),
    }),
  ];
}
