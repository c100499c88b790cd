import {
  adminOrgUnitListQuerySchema,
  adminOrgUnitListSchema,
  adminOrgUnitSchema,
  createOrgUnitSchema,
  moveOrgUnitSchema,
  orgUnitVersionSchema,
  specialtyBodySchema,
  specialtyIdParamsSchema,
  specialtyListSchema,
  specialtySchema,
  unitIdParamsSchema,
  updateOrgUnitSchema,
} from '@portal/contracts';
import type { AuthedCtx, RouteDef } from '../../lib/route.js';
import { defineRoute } from '../../lib/route.js';
import { permissionScope } from '../auth/principal.repository.js';
import { unitsInScope } from '../auth/scope.js';
import {
  closeOrgUnit,
  createOrgUnit,
  createSpecialtyForAdmin,
  listSpecialtiesForAdmin,
  listUnitsForAdmin,
  moveOrgUnit,
  renameSpecialtyForAdmin,
  reopenOrgUnit,
  updateOrgUnit,
  type OrgAdminDeps,
} from './org-admin.service.js';

const TAG = 'organisation admin';

async function deps(ctx: AuthedCtx): Promise<OrgAdminDeps> {
  const roots = permissionScope(ctx.principal, 'org:manage');
  return {
    tx: ctx.tx,
    tenantId: ctx.tenantId,
    scope: await unitsInScope(ctx, 'org:manage'),
    roots: roots === 'tenant' ? new Set() : roots,
    audit: ctx.audit,
  };
}

/** Admin of the organisation tree and specialties (create, rename, move, close). */
export function orgAdminRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/org-admin/units',
      tag: TAG,
      summary: 'The units the caller manages (region-wide, or their hospital and its departments), with versions',
      access: { permission: 'org:manage' },
      query: adminOrgUnitListQuerySchema,
      response: adminOrgUnitListSchema,
      handler: async ({ query, ctx }) => listUnitsForAdmin(await deps(ctx), query.includeClosed === 'true'),
    }),
    defineRoute({
      method: 'post',
      path: '/api/org-admin/units',
      tag: TAG,
      summary: 'Create a hospital, department, general-practice area or practice',
      access: { permission: 'org:manage' },
      body: createOrgUnitSchema,
      response: adminOrgUnitSchema,
      status: 201,
      handler: async ({ body, ctx }) => createOrgUnit(await deps(ctx), body),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/org-admin/units/:unitId',
      tag: TAG,
      summary: 'Rename a unit (name, short name, specialty); 409 if the version is stale',
      access: { permission: 'org:manage' },
      params: unitIdParamsSchema,
      body: updateOrgUnitSchema,
      response: adminOrgUnitSchema,
      handler: async ({ params, body, ctx }) => updateOrgUnit(await deps(ctx), params.unitId, body),
    }),
    defineRoute({
      method: 'put',
      path: '/api/org-admin/units/:unitId/parent',
      tag: TAG,
      summary: 'Move a unit to another parent of the right kind (no cycles); 409 if the version is stale',
      access: { permission: 'org:manage' },
      params: unitIdParamsSchema,
      body: moveOrgUnitSchema,
      response: adminOrgUnitSchema,
      handler: async ({ params, body, ctx }) => moveOrgUnit(await deps(ctx), params.unitId, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/org-admin/units/:unitId/close',
      tag: TAG,
      summary: 'Close a unit (kept for history); refused while it has open sub-units',
      access: { permission: 'org:manage' },
      params: unitIdParamsSchema,
      body: orgUnitVersionSchema,
      response: adminOrgUnitSchema,
      handler: async ({ params, body, ctx }) => closeOrgUnit(await deps(ctx), params.unitId, body.version),
    }),
    defineRoute({
      method: 'post',
      path: '/api/org-admin/units/:unitId/reopen',
      tag: TAG,
      summary: 'Reopen a closed unit (its parent must be open)',
      access: { permission: 'org:manage' },
      params: unitIdParamsSchema,
      body: orgUnitVersionSchema,
      response: adminOrgUnitSchema,
      handler: async ({ params, body, ctx }) => reopenOrgUnit(await deps(ctx), params.unitId, body.version),
    }),
    defineRoute({
      method: 'get',
      path: '/api/org-admin/specialties',
      tag: TAG,
      summary: "The region's specialties, with the number of units naming each",
      access: { permission: 'org:manage' },
      response: specialtyListSchema,
      handler: async ({ ctx }) => listSpecialtiesForAdmin(await deps(ctx)),
    }),
    defineRoute({
      method: 'post',
      path: '/api/org-admin/specialties',
      tag: TAG,
      summary: 'Create a specialty (unique name in the region: 409 on a duplicate)',
      access: { permission: 'org:manage' },
      body: specialtyBodySchema,
      response: specialtySchema,
      status: 201,
      handler: async ({ body, ctx }) => createSpecialtyForAdmin(await deps(ctx), body.name),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/org-admin/specialties/:specialtyId',
      tag: TAG,
      summary: 'Rename a specialty (unique name in the region: 409 on a duplicate)',
      access: { permission: 'org:manage' },
      params: specialtyIdParamsSchema,
      body: specialtyBodySchema,
      response: specialtySchema,
      handler: async ({ params, body, ctx }) => renameSpecialtyForAdmin(await deps(ctx), params.specialtyId, body.name),
    }),
  ];
}
