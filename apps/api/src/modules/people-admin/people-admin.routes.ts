import {
  acceptInvitationRequestSchema,
  assignmentIdParamsSchema,
  assignmentListQuerySchema,
  assignmentListSchema,
  coverageGapsSchema,
  createAssignmentRequestSchema,
  createPersonRequestSchema,
  createPersonResponseSchema,
  endAssignmentRequestSchema,
  invitationInfoSchema,
  invitationIssuedSchema,
  invitationTokenParamsSchema,
  peopleListQuerySchema,
  peopleListSchema,
  personVersionSchema,
  roleAssignmentViewSchema,
  updateAssignmentRequestSchema,
  updatePersonRequestSchema,
  userIdParamsSchema,
} from '@portal/contracts';
import type { Request } from 'express';
import { AppError } from '../../lib/app-error.js';
import type { Config } from '../../lib/config.js';
import { withTenant } from '../../lib/db.js';
import { defineRoute, definePublicRoute, type RouteDef } from '../../lib/route.js';
import { writeAudit } from '../audit/audit.repository.js';
import { hashPassword } from '../auth/passwords.js';
import { hashToken, tenantOfToken } from './invitations.js';
import { createMailer } from './mailer.js';
import * as repo from './people-admin.repository.js';
import * as svc from './people-admin.service.js';

const invalidInvitation = () =>
  new AppError('NOT_FOUND', { detail: 'The invitation is not valid: it is unknown, used or expired' });

/** Admin of people and their role assignments (list, create, edit, deactivate, assign roles, coverage gaps). */
export function peopleAdminRoutes(config: Config): RouteDef[] {
  const mailer = createMailer(config.mail);
  const baseUrl = (req: Request) => config.mail.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;

  return [
    defineRoute({
      method: 'get',
      path: '/api/people',
      tag: 'people',
      summary: 'People in the caller’s scope: search, filters, sorting and pages',
      access: { permission: 'people:read' },
      query: peopleListQuerySchema,
      response: peopleListSchema,
      handler: ({ query, ctx }) => svc.listPeople(ctx, query),
    }),
    defineRoute({
      method: 'post',
      path: '/api/people',
      tag: 'people',
      summary: 'Create a person (e-mail unique in the region), optionally with an invitation',
      access: { permission: 'people:manage' },
      body: createPersonRequestSchema,
      response: createPersonResponseSchema,
      status: 201,
      handler: ({ body, ctx }) =>
        svc.createPerson(ctx, body, (userId) =>
          svc.issueInvitation(ctx, userId, { mailer, baseUrl: baseUrl(ctx.req) }),
        ),
    }),
    defineRoute({
      method: 'put',
      path: '/api/people/:userId',
      tag: 'people',
      summary: 'Edit a person (optimistic concurrency: send the version you edited)',
      access: { permission: 'people:manage' },
      params: userIdParamsSchema,
      body: updatePersonRequestSchema,
      response: personVersionSchema,
      handler: ({ params, body, ctx }) => svc.updatePerson(ctx, params.userId, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/people/:userId/deactivate',
      tag: 'people',
      summary: 'Deactivate a person and end all their sessions at once',
      access: { permission: 'people:manage' },
      params: userIdParamsSchema,
      handler: ({ params, ctx }) => svc.deactivatePerson(ctx, params.userId),
    }),
    defineRoute({
      method: 'post',
      path: '/api/people/:userId/reactivate',
      tag: 'people',
      summary: 'Reactivate a deactivated person',
      access: { permission: 'people:manage' },
      params: userIdParamsSchema,
      handler: ({ params, ctx }) => svc.reactivatePerson(ctx, params.userId),
    }),
    defineRoute({
      method: 'post',
      path: '/api/people/:userId/invitations',
      tag: 'people',
      summary: 'Send a new invitation (earlier links stop working)',
      access: { permission: 'people:manage' },
      params: userIdParamsSchema,
      response: invitationIssuedSchema,
      status: 201,
      handler: ({ params, ctx }) => svc.inviteInScope(ctx, params.userId, { mailer, baseUrl: baseUrl(ctx.req) }),
    }),
    definePublicRoute({
      method: 'get',
      path: '/api/invitations/:token',
      tag: 'people',
      summary: 'Who an invitation is for (public: the token is the credential)',
      access: { public: true },
      params: invitationTokenParamsSchema,
      response: invitationInfoSchema,
      handler: async ({ params, ctx }) => {
        const tenantId = tenantOfToken(params.token);
        return withTenant(ctx.db, tenantId, async (tx) => {
          const inv = await repo.findValidInvitation(tx, tenantId, hashToken(params.token), new Date());
          if (!inv) throw invalidInvitation();
          const tenant = await repo.findTenantName(tx, tenantId);
          return {
            name: inv.user.name,
            email: inv.user.email,
            tenantName: tenant?.name ?? '',
            expiresAt: inv.expiresAt.toISOString(),
          };
        });
      },
    }),
    definePublicRoute({
      method: 'post',
      path: '/api/invitations/:token/accept',
      tag: 'people',
      summary: 'Set a password with an invitation (single use)',
      access: { public: true },
      params: invitationTokenParamsSchema,
      body: acceptInvitationRequestSchema,
      handler: async ({ params, body, ctx }) => {
        const tenantId = tenantOfToken(params.token);
        const hash = await hashPassword(body.password);
        await withTenant(ctx.db, tenantId, async (tx) => {
          const now = new Date();
          const inv = await repo.findValidInvitation(tx, tenantId, hashToken(params.token), now);
          if (!inv || !(await repo.claimInvitation(tx, tenantId, inv.id, now))) throw invalidInvitation();
          await repo.setPasswordHash(tx, tenantId, inv.user.id, hash);
          await writeAudit(
            tx,
            tenantId,
            inv.user.id,
            { action: 'invitation.accepted', entityType: 'user', entityId: inv.user.id },
            ctx.req,
          );
        });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/people/:userId/assignments',
      tag: 'roles',
      summary: 'Give a person a role in a unit for a period',
      access: { permission: 'roles:manage' },
      params: userIdParamsSchema,
      body: createAssignmentRequestSchema,
      response: roleAssignmentViewSchema,
      status: 201,
      handler: ({ params, body, ctx }) => svc.createAssignment(ctx, params.userId, body),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/role-assignments/:assignmentId',
      tag: 'roles',
      summary: 'Change the validity period of a role assignment',
      access: { permission: 'roles:manage' },
      params: assignmentIdParamsSchema,
      body: updateAssignmentRequestSchema,
      response: roleAssignmentViewSchema,
      handler: ({ params, body, ctx }) => svc.updateAssignment(ctx, params.assignmentId, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/role-assignments/:assignmentId/end',
      tag: 'roles',
      summary: 'End a role assignment (sets its last day; assignments are never deleted)',
      access: { permission: 'roles:manage' },
      params: assignmentIdParamsSchema,
      body: endAssignmentRequestSchema,
      response: roleAssignmentViewSchema,
      handler: ({ params, body, ctx }) => svc.endAssignment(ctx, params.assignmentId, body.validTo),
    }),
    defineRoute({
      method: 'get',
      path: '/api/role-assignments',
      tag: 'roles',
      summary: 'Who holds which role where, in force on a date',
      access: { permission: 'people:read' },
      query: assignmentListQuerySchema,
      response: assignmentListSchema,
      handler: ({ query, ctx }) => svc.listAssignments(ctx, query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/coverage-gaps',
      tag: 'roles',
      summary: 'Open departments in scope lacking a UAO, UKS or UKYL in force today',
      access: { permission: 'people:read' },
      response: coverageGapsSchema,
      handler: ({ ctx }) => svc.coverageGaps(ctx),
    }),
  ];
}
