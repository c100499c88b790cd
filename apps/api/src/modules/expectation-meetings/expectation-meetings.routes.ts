import {
  confirmMeetingSchema,
  courseIdParamsSchema,
  expectationMeetingSchema,
  meetingListQuerySchema,
  meetingListSchema,
  recordMeetingSchema,
  scheduleMeetingSchema,
} from '@portal/contracts';
import { defineRoute, type RouteDef } from '../../lib/route.js';
import * as service from './expectation-meetings.service.js';

const tag = 'expectation-meetings';
const path = '/api/courses/:courseId/expectation-meeting';

/**
 * The expectation meeting of a course. Who may do what is decided per course by
 * courses/course-access.ts: the route's permission is the outer gate only.
 * - Reading a meeting and the lists: every signed-in user (`profile:read`), narrowed to the courses
 *   they may see (trainee: their own; supervisor: their trainees'; UAO/UKS/cheflæge: the
 *   department's; Tutorcentret/admin: their scope). A course outside that answers 404.
 * - Scheduling and recording: the hovedvejleder and the department's UAO/UKS (`supervision:write`).
 * - Confirming: the trainee and the hovedvejleder (`profile:read`; 403 for anyone else who can read it).
 */
export function expectationMeetingRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/expectation-meetings',
      tag,
      summary: 'Due and overdue expectation meetings of the courses the caller may see, by due date',
      access: { permission: 'profile:read' },
      query: meetingListQuerySchema,
      response: meetingListSchema,
      handler: ({ query, ctx }) => service.listMeetings(ctx, query),
    }),
    defineRoute({
      method: 'get',
      path,
      tag,
      summary: "A course's expectation meeting: due date, state, schedule, record, confirmations",
      access: { permission: 'profile:read' },
      params: courseIdParamsSchema,
      response: expectationMeetingSchema,
      handler: ({ params, ctx }) => service.getMeeting(ctx, params.courseId),
    }),
    defineRoute({
      method: 'put',
      path: `${path}/schedule`,
      tag,
      summary: 'Schedule the meeting (time and place): hovedvejleder or the department’s UAO/UKS',
      access: { permission: 'supervision:write' },
      params: courseIdParamsSchema,
      body: scheduleMeetingSchema,
      response: expectationMeetingSchema,
      handler: ({ params, body, ctx }) => service.scheduleMeeting(ctx, params.courseId, body),
    }),
    defineRoute({
      method: 'put',
      path: `${path}/record`,
      tag,
      summary: 'Record the meeting as held with its structured record; a change clears earlier confirmations',
      access: { permission: 'supervision:write' },
      params: courseIdParamsSchema,
      body: recordMeetingSchema,
      response: expectationMeetingSchema,
      handler: ({ params, body, ctx }) => service.recordMeeting(ctx, params.courseId, body),
    }),
    defineRoute({
      method: 'post',
      path: `${path}/confirm`,
      tag,
      summary: 'Confirm the record as the trainee or as the hovedvejleder',
      access: { permission: 'profile:read' },
      params: courseIdParamsSchema,
      body: confirmMeetingSchema,
      response: expectationMeetingSchema,
      handler: ({ params, body, ctx }) => service.confirmMeeting(ctx, params.courseId, body),
    }),
  ];
}
