import {
  courseParamsSchema,
  educationPlanSchema,
  planVersionDetailSchema,
  planVersionParamsSchema,
  planVersionsSchema,
  savePlanSchema,
} from '@portal/contracts';
import { defineRoute, type RouteDef } from '../../lib/route.js';
import * as service from './education-plans.service.js';

const tag = 'education-plans';
const read = { permission: 'competences:read' } as const;

/** The education plan (uddannelsesplan) of a course: versioned goals linked to competences. */
export function educationPlanRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/courses/:courseId/education-plan',
      tag,
      summary: "The course's education plan: its latest version (anyone who may see the course)",
      access: read,
      params: courseParamsSchema,
      response: educationPlanSchema,
      handler: async ({ params, ctx }) => service.getPlan(ctx, params.courseId),
    }),
    defineRoute({
      method: 'put',
      path: '/api/courses/:courseId/education-plan',
      tag,
      summary:
        'Save a new version of the plan (supervisors of the course, UAO/UKS; a base version that is not the latest → 409)',
      access: { permission: 'supervision:write' },
      params: courseParamsSchema,
      body: savePlanSchema,
      response: educationPlanSchema,
      handler: async ({ params, body, ctx }) => service.savePlan(ctx, params.courseId, body),
    }),
    defineRoute({
      method: 'get',
      path: '/api/courses/:courseId/education-plan/versions',
      tag,
      summary: 'The versions of the plan: who saved them, when and why',
      access: read,
      params: courseParamsSchema,
      response: planVersionsSchema,
      handler: async ({ params, ctx }) => service.listVersions(ctx, params.courseId),
    }),
    defineRoute({
      method: 'get',
      path: '/api/courses/:courseId/education-plan/versions/:version',
      tag,
      summary: 'One version of the plan and what changed against the one before',
      access: read,
      params: planVersionParamsSchema,
      response: planVersionDetailSchema,
      handler: async ({ params, ctx }) => service.getVersion(ctx, params.courseId, params.version),
    }),
  ];
}
