import {
  orgUnitListQuerySchema,
  orgUnitListSchema,
  orgUnitSchema,
  unitIdParamsSchema,
  unitKindSchema,
  type OrgUnit,
} from '@portal/contracts';
import { notFound } from '../../lib/app-error.js';
import { defineRoute } from '../../lib/route.js';
import { unitPath } from '../me/assignment-view.js';
import { findUnit, listUnits } from './org.repository.js';

type UnitRow = NonNullable<Awaited<ReturnType<typeof findUnit>>>;

function toOrgUnit(u: UnitRow): OrgUnit {
  return {
    id: u.id,
    kind: unitKindSchema.parse(u.kind),
    name: u.name,
    shortName: u.shortName,
    parentId: u.parentId,
    specialty: u.specialty,
    closedAt: u.closedAt?.toISOString() ?? null,
    path: unitPath(u),
  };
}

export function orgRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/api/org-units',
      tag: 'organisation',
      summary: "The region's hospitals, departments, general-practice areas and practices",
      access: { permission: 'org:read' },
      query: orgUnitListQuerySchema,
      response: orgUnitListSchema,
      handler: async ({ query, ctx }) => ({
        items: (
          await listUnits(ctx.tx, ctx.tenantId, { kind: query.kind, includeClosed: query.includeClosed === 'true' })
        ).map(toOrgUnit),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/org-units/:unitId',
      tag: 'organisation',
      summary: 'One organisation unit with its path',
      access: { permission: 'org:read' },
      params: unitIdParamsSchema,
      response: orgUnitSchema,
      handler: async ({ params, ctx }) => {
        const u = await findUnit(ctx.tx, ctx.tenantId, params.unitId);
        if (!u) throw notFound('The unit');
        return toOrgUnit(u);
      },
    }),
  ];
}
