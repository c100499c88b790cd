import {
  COVERAGE_ROLES,
  ROLE_SCOPE_KIND,
  roleNeedsScopeUnit,
  roleSchema,
  todayInDenmark,
  unitKindSchema,
  type AssignmentList,
  type CoverageGaps,
  type InvitationIssued,
  type PeopleList,
  type Role,
  type RoleAssignmentView,
  type UnitRef,
} from '@portal/contracts';
import type { z } from 'zod';
import type {
  createAssignmentRequestSchema,
  createPersonRequestSchema,
  peopleListQuerySchema,
  assignmentListQuerySchema,
  updatePersonRequestSchema,
} from '@portal/contracts';
import { AppError, notFound } from '../../lib/app-error.js';
import type { AuthedCtx } from '../../lib/route.js';
import { permissionScope } from '../auth/principal.repository.js';
import { unitsInScope, inScope } from '../auth/scope.js';
import { isoDate, toAssignmentView } from '../me/assignment-view.js';
import { descendantsOf } from '../org/org.repository.js';
import { INVITATION_DAYS, invitationMail, newInvitationToken } from './invitations.js';
import type { Mailer } from './mailer.js';
import * as repo from './people-admin.repository.js';

const conflictOnEmail = () =>
  new AppError('CONFLICT', {
    detail: 'A person with this e-mail exists already in the region',
    errors: [{ path: 'body.email', message: 'A person with this e-mail exists already', code: 'duplicate' }],
  });

const fieldError = (path: string, message: string, code = 'invalid') =>
  new AppError('VALIDATION_FAILED', { detail: message, errors: [{ path, message, code }] });

const unitRef = (id: string, name: string, kind: string): UnitRef => ({ id, name, kind: unitKindSchema.parse(kind) });

// --- People ---------------------------------------------------------------------------------------

export async function listPeople(ctx: AuthedCtx, q: z.output<typeof peopleListQuerySchema>): Promise<PeopleList> {
  const scope = await unitsInScope(ctx, 'people:read');
  const today = todayInDenmark();
  let units: string[] | undefined;
  if (q.unitId) units = [...(await descendantsOf(ctx.tx, ctx.tenantId, [q.unitId]))];
  const { total, rows } = await repo.listPeople(ctx.tx, ctx.tenantId, scope, {
    q: q.q || undefined,
    role: q.role,
    units,
    status: q.status,
    sort: q.sort,
    dir: q.dir,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
    today,
  });
  const roles = await repo.rolesInForce(
    ctx.tx,
    ctx.tenantId,
    rows.map((r) => r.id),
    today,
  );
  await ctx.audit({
    action: 'people.searched',
    data: { q: q.q ?? null, role: q.role ?? null, unitId: q.unitId ?? null, status: q.status, page: q.page },
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      title: r.title,
      active: r.deactivated_at === null,
      createdAt: r.created_at.toISOString(),
      roles: roles
        .filter((x) => x.user_id === r.id)
        .map((x) => ({
          role: roleSchema.parse(x.role),
          unit: x.unit_id ? unitRef(x.unit_id, x.unit_name!, x.unit_kind!) : null,
        })),
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** The person, if visible to the caller for `permission`; 404 otherwise (like another tenant's). */
async function personInScope(ctx: AuthedCtx, userId: string, permission: 'people:read' | 'people:manage') {
  const person = await repo.findUserForAdmin(ctx.tx, ctx.tenantId, userId);
  if (!person) throw notFound('The person');
  const scope = await unitsInScope(ctx, permission);
  if (!(await repo.isPersonVisible(ctx.tx, ctx.tenantId, userId, scope))) throw notFound('The person');
  return { person, scope };
}

async function resolveHomeUnit(ctx: AuthedCtx, requested: string | null): Promise<string | null> {
  const scope = await unitsInScope(ctx, 'people:manage');
  if (requested === null) {
    if (scope === 'tenant') return null;
    // A hospital-scoped administrator creates people for their hospital.
    const own = permissionScope(ctx.principal, 'people:manage');
    if (own !== 'tenant' && own.size === 1) return [...own][0]!;
    throw fieldError('body.homeUnitId', 'Choose the hospital the person is created for', 'required');
  }
  const unit = await repo.findUnitBrief(ctx.tx, ctx.tenantId, requested);
  if (!unit || !inScope(scope, unit.id)) throw notFound('The unit');
  if (unit.kind !== 'HOSPITAL')
    throw fieldError('body.homeUnitId', 'The home unit must be a hospital', 'wrong_unit_kind');
  return unit.id;
}

export async function createPerson(
  ctx: AuthedCtx,
  body: z.output<typeof createPersonRequestSchema>,
  invite: (userId: string) => Promise<InvitationIssued>,
) {
  const homeUnitId = await resolveHomeUnit(ctx, body.homeUnitId);
  if (await repo.findUserByEmail(ctx.tx, ctx.tenantId, body.email)) throw conflictOnEmail();
  const user = await repo.createUser(ctx.tx, ctx.tenantId, {
    name: body.name,
    email: body.email,
    title: body.title || null,
    locale: body.locale,
    homeUnitId,
  });
  await ctx.audit({
    action: 'person.created',
    entityType: 'user',
    entityId: user.id,
    data: { homeUnitId, invited: body.sendInvitation },
  });
  const invitation = body.sendInvitation ? await invite(user.id) : null;
  return { id: user.id, invitation };
}

export async function updatePerson(ctx: AuthedCtx, userId: string, body: z.output<typeof updatePersonRequestSchema>) {
  const { person } = await personInScope(ctx, userId, 'people:manage');
  if (person.version !== body.version) {
    throw new AppError('CONFLICT', {
      detail: `The person was changed by someone else (your version ${body.version}, current ${person.version}). Reload to see the changes.`,
    });
  }
  if (body.email !== person.email && (await repo.findUserByEmail(ctx.tx, ctx.tenantId, body.email))) {
    throw conflictOnEmail();
  }
  const changed = (['name', 'email', 'locale'] as const).filter((k) => body[k] !== person[k]);
  const ok = await repo.updateUser(ctx.tx, ctx.tenantId, userId, body.version, {
    name: body.name,
    email: body.email,
    title: body.title || null,
    locale: body.locale,
  });
  // Someone saved between our read and write: the version check in the UPDATE decides.
  if (!ok)
    throw new AppError('CONFLICT', { detail: 'The person was changed by someone else. Reload to see the changes.' });
  await ctx.audit({ action: 'person.updated', entityType: 'user', entityId: userId, data: { changed } });
  return { id: userId, version: body.version + 1 };
}

/**
 * A hospital-scoped administrator may deactivate only people whose every role lies inside their
 * scope: a doctor who also works elsewhere, or a regional role holder, is the region's decision.
 */
async function assertWhollyInScope(ctx: AuthedCtx, userId: string, scope: repo.UnitScope) {
  if (scope === 'tenant') return;
  const units = await repo.assignmentUnitsOf(ctx.tx, ctx.tenantId, userId);
  if (units.some((u) => !inScope(scope, u))) {
    throw new AppError('FORBIDDEN', {
      detail: 'The person holds roles outside your scope; the regional administrator can do this',
    });
  }
}

export async function deactivatePerson(ctx: AuthedCtx, userId: string) {
  const { person, scope } = await personInScope(ctx, userId, 'people:manage');
  if (userId === ctx.principal.userId) throw fieldError('params.userId', 'You cannot deactivate yourself', 'self');
  await assertWhollyInScope(ctx, userId, scope);
  if (person.deactivatedAt) return;
  await repo.setDeactivated(ctx.tx, ctx.tenantId, userId, new Date());
  const sessionsEnded = await repo.deleteSessionsOf(ctx.tx, ctx.tenantId, userId);
  await ctx.audit({ action: 'person.deactivated', entityType: 'user', entityId: userId, data: { sessionsEnded } });
}

export async function reactivatePerson(ctx: AuthedCtx, userId: string) {
  const { person, scope } = await personInScope(ctx, userId, 'people:manage');
  await assertWhollyInScope(ctx, userId, scope);
  if (!person.deactivatedAt) return;
  await repo.setDeactivated(ctx.tx, ctx.tenantId, userId, null);
  await ctx.audit({ action: 'person.reactivated', entityType: 'user', entityId: userId });
}

export async function issueInvitation(
  ctx: AuthedCtx,
  userId: string,
  opts: { mailer: Mailer | null; baseUrl: string },
): Promise<InvitationIssued> {
  const person = await repo.findUserForAdmin(ctx.tx, ctx.tenantId, userId);
  if (!person) throw notFound('The person');
  if (person.deactivatedAt) throw fieldError('params.userId', 'The person is deactivated', 'deactivated');
  const { token, hash } = newInvitationToken(ctx.tenantId);
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000);
  await repo.createInvitation(ctx.tx, ctx.tenantId, userId, hash, expiresAt);
  const link = `${opts.baseUrl}/invitation/${token}`;
  let emailed = false;
  if (opts.mailer) {
    const tenant = await repo.findTenantName(ctx.tx, ctx.tenantId);
    const mail = invitationMail({
      name: person.name,
      tenantName: tenant?.name ?? '',
      link,
      expiresAt,
      locale: person.locale,
    });
    try {
      await opts.mailer.send({ to: person.email, ...mail });
      emailed = true;
    } catch (err) {
      // The invitation stands; the administrator gets the link to pass on instead.
      ctx.req.log?.warn({ err }, 'invitation e-mail could not be sent');
    }
  }
  await ctx.audit({ action: 'invitation.issued', entityType: 'user', entityId: userId, data: { emailed } });
  return { emailed, link: emailed ? null : link, expiresAt: expiresAt.toISOString() };
}

export async function inviteInScope(ctx: AuthedCtx, userId: string, opts: { mailer: Mailer | null; baseUrl: string }) {
  await personInScope(ctx, userId, 'people:manage');
  return issueInvitation(ctx, userId, opts);
}

// --- Role assignments -----------------------------------------------------------------------------

/** Roles a hospital-scoped administrator may never give (regional, platform or outside hospitals). */
const REGIONAL_ONLY: readonly Role[] = ['TENANT_ADMIN', 'CME_COORDINATOR', 'GP_COORDINATOR', 'PLATFORM_ADMIN'];

/** 403 when the caller may not give this role at all (whatever the unit). */
function assertRoleAssignable(role: Role, scope: repo.UnitScope) {
  if (role === 'PLATFORM_ADMIN')
    throw new AppError('FORBIDDEN', { detail: 'Platform roles are given by the platform' });
  if (scope !== 'tenant' && REGIONAL_ONLY.includes(role)) {
    throw new AppError('FORBIDDEN', { detail: 'Only the regional administrator can give this role' });
  }
}

function assertNoOverlap(o: { validFrom: Date; validTo: Date | null } | null) {
  if (!o) return;
  const to = o.validTo ? isoDate(o.validTo) : 'no end';
  throw new AppError('CONFLICT', {
    detail: `The person already holds this role in this unit for an overlapping period (${isoDate(o.validFrom)} – ${to})`,
    errors: [{ path: 'body.validFrom', message: 'Overlaps an existing assignment of the same role', code: 'overlap' }],
  });
}

export async function createAssignment(
  ctx: AuthedCtx,
  userId: string,
  body: z.output<typeof createAssignmentRequestSchema>,
): Promise<RoleAssignmentView> {
  const scope = await unitsInScope(ctx, 'roles:manage');
  // The person must be one the caller can see (404 otherwise, like another tenant's).
  const person = await repo.findUserForAdmin(ctx.tx, ctx.tenantId, userId);
  const readScope = await unitsInScope(ctx, 'people:read');
  if (!person || !(await repo.isPersonVisible(ctx.tx, ctx.tenantId, userId, readScope))) throw notFound('The person');
  assertRoleAssignable(body.role, scope);
  const needsUnit = roleNeedsScopeUnit(body.role);
  if (needsUnit && body.unitId === null) {
    throw fieldError('body.unitId', `The role ${body.role} needs a unit (${ROLE_SCOPE_KIND[body.role]})`, 'required');
  }
  if (!needsUnit && body.unitId !== null) {
    throw fieldError(
      'body.unitId',
      `The role ${body.role} applies to the whole region and takes no unit`,
      'not_allowed',
    );
  }
  if (body.unitId !== null) {
    const unit = await repo.findUnitBrief(ctx.tx, ctx.tenantId, body.unitId);
    if (!unit || !inScope(scope, unit.id)) throw notFound('The unit');
    if (unit.kind !== ROLE_SCOPE_KIND[body.role]) {
      throw fieldError(
        'body.unitId',
        `The role ${body.role} is given in a unit of kind ${ROLE_SCOPE_KIND[body.role]}, not ${unit.kind}`,
        'wrong_unit_kind',
      );
    }
    if (unit.closedAt) throw fieldError('body.unitId', 'The unit is closed', 'closed');
  }
  if (person.deactivatedAt) throw fieldError('params.userId', 'The person is deactivated', 'deactivated');
  await repo.lockUser(ctx.tx, ctx.tenantId, userId);
  assertNoOverlap(
    await repo.findOverlap(ctx.tx, ctx.tenantId, {
      userId,
      role: body.role,
      unitId: body.unitId,
      from: body.validFrom,
      to: body.validTo,
    }),
  );
  const created = await repo.createAssignment(ctx.tx, ctx.tenantId, {
    userId,
    role: body.role,
    unitId: body.unitId,
    from: body.validFrom,
    to: body.validTo,
  });
  await ctx.audit({
    action: 'role-assignment.created',
    entityType: 'role_assignment',
    entityId: created.id,
    data: { userId, role: body.role, unitId: body.unitId, validFrom: body.validFrom, validTo: body.validTo },
  });
  return toAssignmentView(created, todayInDenmark());
}

/** The assignment, if its unit is inside the caller's roles:manage scope and its role one they may give. */
async function assignmentInScope(ctx: AuthedCtx, id: string) {
  const a = await repo.findAssignment(ctx.tx, ctx.tenantId, id);
  if (!a) throw notFound('The role assignment');
  const scope = await unitsInScope(ctx, 'roles:manage');
  if (!inScope(scope, a.scopeUnitId)) throw notFound('The role assignment');
  assertRoleAssignable(roleSchema.parse(a.role), scope);
  return a;
}

export async function updateAssignment(
  ctx: AuthedCtx,
  id: string,
  period: { validFrom: string; validTo: string | null },
): Promise<RoleAssignmentView> {
  const a = await assignmentInScope(ctx, id);
  await repo.lockUser(ctx.tx, ctx.tenantId, a.userId);
  assertNoOverlap(
    await repo.findOverlap(ctx.tx, ctx.tenantId, {
      userId: a.userId,
      role: a.role,
      unitId: a.scopeUnitId,
      from: period.validFrom,
      to: period.validTo,
      exceptId: a.id,
    }),
  );
  const updated = await repo.updateAssignmentPeriod(ctx.tx, ctx.tenantId, a.id, period.validFrom, period.validTo);
  await ctx.audit({
    action: 'role-assignment.updated',
    entityType: 'role_assignment',
    entityId: a.id,
    data: {
      from: { validFrom: isoDate(a.validFrom), validTo: a.validTo ? isoDate(a.validTo) : null },
      to: period,
    },
  });
  return toAssignmentView(updated, todayInDenmark());
}

export async function endAssignment(ctx: AuthedCtx, id: string, validTo: string | undefined) {
  const a = await assignmentInScope(ctx, id);
  const end = validTo ?? todayInDenmark();
  const from = isoDate(a.validFrom);
  if (end < from) {
    throw fieldError('body.validTo', `The end date must be on or after the start date (${from})`, 'before_start');
  }
  if (a.validTo && isoDate(a.validTo) <= end) {
    throw fieldError('body.validTo', `The assignment already ends on ${isoDate(a.validTo)}`, 'already_ended');
  }
  const updated = await repo.updateAssignmentPeriod(ctx.tx, ctx.tenantId, a.id, from, end);
  await ctx.audit({
    action: 'role-assignment.ended',
    entityType: 'role_assignment',
    entityId: a.id,
    data: { validTo: end },
  });
  return toAssignmentView(updated, todayInDenmark());
}

export async function listAssignments(
  ctx: AuthedCtx,
  q: z.output<typeof assignmentListQuerySchema>,
): Promise<AssignmentList> {
  const scope = await unitsInScope(ctx, 'people:read');
  const on = q.on ?? todayInDenmark();
  const units = q.unitId ? [...(await descendantsOf(ctx.tx, ctx.tenantId, [q.unitId]))] : undefined;
  // A unit of another region (or none) is not found, like any record out of reach; its id is
  // then never written to this region's audit log.
  if (q.unitId && (units!.length === 0 || !inScope(scope, q.unitId))) throw notFound('The unit');
  const { total, rows } = await repo.listAssignments(ctx.tx, ctx.tenantId, scope, {
    role: q.role,
    units,
    on,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  await ctx.audit({ action: 'role-assignments.listed', data: { role: q.role ?? null, unitId: q.unitId ?? null, on } });
  return {
    items: rows.map((r) => ({
      id: r.id,
      role: roleSchema.parse(r.role),
      person: { id: r.user_id, name: r.user_name, email: r.user_email, active: r.user_deactivated_at === null },
      unit: r.unit_id ? unitRef(r.unit_id, r.unit_name!, r.unit_kind!) : null,
      parentUnit: r.parent_id ? unitRef(r.parent_id, r.parent_name!, r.parent_kind!) : null,
      validFrom: isoDate(r.valid_from),
      validTo: r.valid_to ? isoDate(r.valid_to) : null,
    })),
    on,
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function coverageGaps(ctx: AuthedCtx): Promise<CoverageGaps> {
  const scope = await unitsInScope(ctx, 'people:read');
  const on = todayInDenmark();
  const rows = await repo.coverage(ctx.tx, ctx.tenantId, scope, on);
  return {
    on,
    departmentsChecked: rows.length,
    items: rows
      .map((r) => ({
        unit: unitRef(r.id, r.name, 'DEPARTMENT'),
        parentUnit: r.parent_id ? unitRef(r.parent_id, r.parent_name!, r.parent_kind!) : null,
        missing: COVERAGE_ROLES.filter((role) => !r.present.includes(role)),
      }))
      .filter((r) => r.missing.length > 0),
  };
}
