import { meResponseSchema, setActiveScopeRequestSchema } from '@portal/contracts';
import { defineRoute, type AuthedCtx } from '../../lib/route.js';
import { assertOwnAssignmentInForce, getMe } from './me.service.js';
import type { CsrfTokens } from '../auth/csrf.js';

export function meRoutes(csrf: CsrfTokens) {
  const respond = (ctx: AuthedCtx) =>
    getMe(ctx.tx, ctx.principal, {
      activeAssignmentId: ctx.req.session.activeAssignmentId,
      csrfToken: csrf.tokenFor(ctx.req),
    });
  return [
    defineRoute({
      method: 'get',
      path: '/api/me',
      tag: 'me',
      summary: 'The signed-in user, their role assignments, active scope and permissions',
      access: { permission: 'profile:read' },
      response: meResponseSchema,
      handler: ({ ctx }) => respond(ctx),
    }),
    defineRoute({
      method: 'put',
      path: '/api/me/active-scope',
      tag: 'me',
      summary: 'Switch the active scope (which role assignment the start page and navigation follow)',
      access: { permission: 'profile:read' },
      body: setActiveScopeRequestSchema,
      response: meResponseSchema,
      handler: async ({ body, ctx }) => {
        assertOwnAssignmentInForce(ctx.principal, body.assignmentId);
        ctx.req.session.activeAssignmentId = body.assignmentId;
        await ctx.audit({
          action: 'me.active-scope.changed',
          entityType: 'role_assignment',
          entityId: body.assignmentId,
        });
        return respond(ctx);
      },
    }),
  ];
}
