import type { Request } from 'express';
import {
  courseTimelineQuerySchema,
  courseTimelineSchema,
  createFeedbackRequestSchema,
  createFeedbackSchema,
  createSupervisionSchema,
  createdFeedbackRequestSchema,
  feedbackContextSchema,
  feedbackEntrySchema,
  feedbackIdParamsSchema,
  feedbackRequestDetailSchema,
  feedbackRequestIdParamsSchema,
  feedbackRequestSummarySchema,
  myFeedbackSchema,
  myTraineesSchema,
  supervisionCourseParamsSchema,
  supervisionDeleteQuerySchema,
  supervisionEntrySchema,
  supervisionRecordIdParamsSchema,
  updateFeedbackSchema,
  updateSupervisionSchema,
} from '@portal/contracts';
import type { Config } from '../../lib/config.js';
import { defineRoute, type RouteDef } from '../../lib/route.js';
import { createMailer } from '../people-admin/mailer.js';
import * as svc from './supervision.service.js';

const tag = 'supervision';
const write = { permission: 'supervision:write' } as const;
const trainee = { permission: 'own-course:read' } as const;

/**
 * Supervision and feedback on training courses. Who may do what on one course is decided in the
 * service with courses/course-access.ts (one rule for all course features): the route's permission
 * is only the first gate. The timeline is read by the trainee, the course's supervisors, the
 * department's supervision readers and (their own records only) another doctor, so it needs no
 * more than being signed in ('profile:read'); a course the caller has no relation to answers 404.
 */
export function supervisionRoutes(config: Config): RouteDef[] {
  const mailer = createMailer(config.mail);
  const baseUrl = (req: Request) => config.mail.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
  return [
    defineRoute({
      method: 'get',
      path: '/api/supervision/my-trainees',
      tag,
      summary:
        "The supervisor's current trainees: last feedback, count in 4 weeks, the no-feedback flag and open requests (lacking feedback first)",
      access: write,
      response: myTraineesSchema,
      handler: ({ ctx }) => svc.myTrainees(ctx),
    }),
    defineRoute({
      method: 'get',
      path: '/api/courses/:courseId/timeline',
      tag,
      summary:
        "A course's supervision and feedback, newest first (keyset: pass nextCursor); another doctor sees only their own records",
      access: { permission: 'profile:read' },
      params: supervisionCourseParamsSchema,
      query: courseTimelineQuerySchema,
      response: courseTimelineSchema,
      handler: ({ params, query, ctx }) => svc.timeline(ctx, params.courseId, query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/courses/:courseId/feedback-context',
      tag,
      summary: 'What the feedback and supervision forms need: the trainee, the competence list, open requests',
      access: write,
      params: supervisionCourseParamsSchema,
      response: feedbackContextSchema,
      handler: ({ params, ctx }) => svc.feedbackContext(ctx, params.courseId),
    }),
    defineRoute({
      method: 'post',
      path: '/api/courses/:courseId/feedback',
      tag,
      summary: "Give feedback (the course's supervisors, or another doctor in scope); may answer a request",
      access: write,
      params: supervisionCourseParamsSchema,
      body: createFeedbackSchema,
      response: feedbackEntrySchema,
      status: 201,
      handler: ({ params, body, ctx }) => svc.createFeedback(ctx, params.courseId, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/courses/:courseId/supervision',
      tag,
      summary: "Record a supervision (the course's supervisors)",
      access: write,
      params: supervisionCourseParamsSchema,
      body: createSupervisionSchema,
      response: supervisionEntrySchema,
      status: 201,
      handler: ({ params, body, ctx }) => svc.createSupervision(ctx, params.courseId, body),
    }),
    defineRoute({
      method: 'put',
      path: '/api/feedback/:feedbackId',
      tag,
      summary: 'Edit one’s own feedback within the edit window (a stale version answers 409)',
      access: write,
      params: feedbackIdParamsSchema,
      body: updateFeedbackSchema,
      response: feedbackEntrySchema,
      handler: ({ params, body, ctx }) => svc.updateFeedback(ctx, params.feedbackId, body),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/feedback/:feedbackId',
      tag,
      summary: 'Delete one’s own feedback within the edit window (?version=; a stale one answers 409)',
      access: write,
      params: feedbackIdParamsSchema,
      query: supervisionDeleteQuerySchema,
      status: 204,
      handler: ({ params, query, ctx }) => svc.deleteFeedback(ctx, params.feedbackId, query.version),
    }),
    defineRoute({
      method: 'put',
      path: '/api/supervision-records/:recordId',
      tag,
      summary: 'Edit one’s own supervision record within the edit window (a stale version answers 409)',
      access: write,
      params: supervisionRecordIdParamsSchema,
      body: updateSupervisionSchema,
      response: supervisionEntrySchema,
      handler: ({ params, body, ctx }) => svc.updateSupervision(ctx, params.recordId, body),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/supervision-records/:recordId',
      tag,
      summary: 'Delete one’s own supervision record within the edit window (?version=)',
      access: write,
      params: supervisionRecordIdParamsSchema,
      query: supervisionDeleteQuerySchema,
      status: 204,
      handler: ({ params, query, ctx }) => svc.deleteSupervision(ctx, params.recordId, query.version),
    }),
    defineRoute({
      method: 'get',
      path: '/api/feedback-requests/:requestId',
      tag,
      summary: 'A feedback request, as a supervisor of its course opens it from the link',
      access: write,
      params: feedbackRequestIdParamsSchema,
      response: feedbackRequestDetailSchema,
      handler: ({ params, ctx }) => svc.getRequest(ctx, params.requestId),
    }),
    defineRoute({
      method: 'get',
      path: '/api/my/feedback',
      tag,
      summary: "The trainee's current courses with their supervisors, latest feedback and open requests",
      access: trainee,
      response: myFeedbackSchema,
      handler: ({ ctx }) => svc.myFeedback(ctx),
    }),
    defineRoute({
      method: 'post',
      path: '/api/my/feedback-requests',
      tag,
      summary: 'Ask for feedback on one’s course (of one supervisor or all); e-mails the link when SMTP is set',
      access: trainee,
      body: createFeedbackRequestSchema,
      response: createdFeedbackRequestSchema,
      status: 201,
      handler: ({ body, ctx }) => svc.createRequest(ctx, body, { mailer, baseUrl: baseUrl(ctx.req) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/my/feedback-requests/:requestId/cancel',
      tag,
      summary: 'Withdraw one’s open feedback request',
      access: trainee,
      params: feedbackRequestIdParamsSchema,
      response: feedbackRequestSummarySchema,
      handler: ({ params, ctx }) => svc.cancelRequest(ctx, params.requestId),
    }),
  ];
}
