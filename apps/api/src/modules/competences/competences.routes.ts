import {
  competenceEventsSchema,
  competenceListParamsSchema,
  competenceListSchema,
  competenceListsSchema,
  competenceProgressQuerySchema,
  competenceProgressSchema,
  courseCompetenceParamsSchema,
  courseCompetencesSchema,
  courseParamsSchema,
  myCompetenceProgressSchema,
  setCompetenceStatusSchema,
} from '@portal/contracts';
import { defineRoute, type RouteDef } from '../../lib/route.js';
import * as service from './competences.service.js';

const tag = 'competences';
const read = { permission: 'competences:read' } as const;

/** Competence lists (catalogue), a course's competence status, and progress per department. */
export function competenceRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/competence-lists',
      tag,
      summary: 'The competence lists of the region (per track and specialty)',
      access: read,
      response: competenceListsSchema,
      handler: async ({ ctx }) => ({ items: await service.listLists(ctx) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/competence-lists/:listId',
      tag,
      summary: 'A competence list with its competences, doctor roles and assessment methods',
      access: read,
      params: competenceListParamsSchema,
      response: competenceListSchema,
      handler: async ({ params, ctx }) => service.getList(ctx, params.listId),
    }),
    defineRoute({
      method: 'get',
      path: '/api/competences/progress',
      tag,
      summary: "A department's progress on competences: per track and per trainee (active courses)",
      access: { permission: 'courses:read' },
      query: competenceProgressQuerySchema,
      response: competenceProgressSchema,
      handler: async ({ query, ctx }) => service.departmentProgress(ctx, query.unitId),
    }),
    defineRoute({
      method: 'get',
      path: '/api/competences/mine',
      tag,
      summary: "Progress of the caller's own courses and of the courses they supervise",
      access: read,
      response: myCompetenceProgressSchema,
      handler: async ({ ctx }) => service.myProgress(ctx),
    }),
    defineRoute({
      method: 'get',
      path: '/api/courses/:courseId/competences',
      tag,
      summary: "The course's competences with status and progress counts (anyone who may see the course)",
      access: read,
      params: courseParamsSchema,
      response: courseCompetencesSchema,
      handler: async ({ params, ctx }) => service.courseCompetences(ctx, params.courseId),
    }),
    defineRoute({
      method: 'get',
      path: '/api/courses/:courseId/competence-events',
      tag,
      summary: "The history of the course's competence status changes",
      access: read,
      params: courseParamsSchema,
      response: competenceEventsSchema,
      handler: async ({ params, ctx }) => service.events(ctx, params.courseId),
    }),
    defineRoute({
      method: 'put',
      path: '/api/courses/:courseId/competences/:competenceId',
      tag,
      summary:
        'Set the status of a competence (trainee: not started/in progress; supervisors, UAO/UKS: also assess and approve with date; stale version → 409)',
      access: { permission: 'competences:write' },
      params: courseCompetenceParamsSchema,
      body: setCompetenceStatusSchema,
      response: courseCompetencesSchema,
      handler: async ({ params, body, ctx }) => service.setStatus(ctx, params.courseId, params.competenceId, body),
    }),
  ];
}
