import {
  todayInDenmark,
  type CreateGpDepartmentLink,
  type GpDepartmentVisit,
  type GpLinkableDepartments,
  type GpVisitList,
  type UpdateGpDepartmentLink,
} from '@portal/contracts';
import { AppError, notFound } from '../../lib/app-error.js';
import type { AuthedCtx } from '../../lib/route.js';
import { requireGpArea } from '../general-practitioners/gp-scope.js';
import * as repo from './gp-visits.repository.js';

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', { errors: [{ path, message, code: 'custom' }] });

function toVisit(r: repo.DueRow): GpDepartmentVisit {
  return {
    id: r.id,
    department: { id: r.department_id, name: r.department_name },
    hospital: r.hospital_id ? { id: r.hospital_id, name: r.hospital_name ?? '' } : null,
    joinedOn: r.joined_on,
    clinicalLecturers: r.clinical_lecturers,
    lastVisit: r.last_visit_id ? { activityId: r.last_visit_id, startsOn: r.last_visit_on! } : null,
    dueOn: r.due_on,
    status: r.status,
    plannedVisit: r.planned_visit_id ? { activityId: r.planned_visit_id, startsOn: r.planned_visit_on! } : null,
    version: r.version,
  };
}

/** The area's linked departments, overdue first, with last and planned visit and due date. */
export async function dueList(ctx: AuthedCtx, areaId: string): Promise<GpVisitList> {
  const area = await requireGpArea(ctx, areaId);
  const today = todayInDenmark();
  const items = (await repo.dueList(ctx.tx, ctx.tenantId, area.id, today)).map(toVisit);
  return {
    area,
    today,
    items,
    counts: {
      overdue: items.filter((i) => i.status === 'OVERDUE').length,
      dueSoon: items.filter((i) => i.status === 'DUE_SOON').length,
      later: items.filter((i) => i.status === 'LATER').length,
    },
  };
}

async function one(ctx: AuthedCtx, areaId: string, linkId: string): Promise<GpDepartmentVisit> {
  const [row] = await repo.dueList(ctx.tx, ctx.tenantId, areaId, todayInDenmark(), linkId);
  if (!row) throw notFound('The linked department');
  return toVisit(row);
}

export async function linkable(ctx: AuthedCtx, areaId: string): Promise<GpLinkableDepartments> {
  const area = await requireGpArea(ctx, areaId);
  const rows = await repo.linkableDepartments(ctx.tx, ctx.tenantId, area.id);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      hospital: r.hospital_id ? { id: r.hospital_id, name: r.hospital_name ?? '' } : null,
    })),
  };
}

function checkJoinedOn(joinedOn: string) {
  if (joinedOn > todayInDenmark()) throw invalid('body.joinedOn', 'The date the department joined is in the future');
}

export async function createLink(
  ctx: AuthedCtx,
  areaId: string,
  body: CreateGpDepartmentLink,
): Promise<GpDepartmentVisit> {
  const area = await requireGpArea(ctx, areaId);
  const dept = await repo.findDepartment(ctx.tx, ctx.tenantId, body.departmentId);
  if (!dept) throw notFound('The department');
  if (dept.kind !== 'DEPARTMENT') throw invalid('body.departmentId', 'Choose a hospital department');
  checkJoinedOn(body.joinedOn);
  if (await repo.findLinkByDepartment(ctx.tx, ctx.tenantId, area.id, dept.id))
    throw new AppError('CONFLICT', { detail: 'The department is already linked to the area' });
  const id = await repo.createLink(ctx.tx, ctx.tenantId, area.id, body);
  await ctx.audit({
    action: 'gp-visits.department.link',
    entityType: 'gp_training_department',
    entityId: id,
    data: { gpAreaId: area.id, departmentId: dept.id, joinedOn: body.joinedOn },
  });
  return one(ctx, area.id, id);
}

function conflict(current: { version: number; joinedOn: Date; clinicalLecturers: string | null; updatedAt: Date }) {
  return new AppError('CONFLICT', {
    detail:
      `The linked department was changed by someone else (now version ${current.version}, ` +
      `joined ${current.joinedOn.toISOString().slice(0, 10)}, clinical lecturers: ${current.clinicalLecturers ?? '–'}, ` +
      `changed ${current.updatedAt.toISOString()}). Reload to see the changes.`,
  });
}

export async function updateLink(
  ctx: AuthedCtx,
  areaId: string,
  linkId: string,
  body: UpdateGpDepartmentLink,
): Promise<GpDepartmentVisit> {
  const area = await requireGpArea(ctx, areaId);
  const before = await repo.findLink(ctx.tx, ctx.tenantId, area.id, linkId);
  if (!before) throw notFound('The linked department');
  checkJoinedOn(body.joinedOn);
  if (before.version !== body.version) throw conflict(before);
  if (!(await repo.updateLink(ctx.tx, ctx.tenantId, area.id, linkId, body.version, body))) {
    const now = await repo.findLink(ctx.tx, ctx.tenantId, area.id, linkId);
    throw now ? conflict(now) : notFound('The linked department');
  }
  await ctx.audit({
    action: 'gp-visits.department.update',
    entityType: 'gp_training_department',
    entityId: linkId,
    data: { gpAreaId: area.id, joinedOn: body.joinedOn, version: body.version + 1 },
  });
  return one(ctx, area.id, linkId);
}

export async function deleteLink(ctx: AuthedCtx, areaId: string, linkId: string, version: number): Promise<void> {
  const area = await requireGpArea(ctx, areaId);
  const before = await repo.findLink(ctx.tx, ctx.tenantId, area.id, linkId);
  if (!before) throw notFound('The linked department');
  if (before.version !== version) throw conflict(before);
  if ((await repo.countVisits(ctx.tx, ctx.tenantId, area.id, before.departmentId)) > 0)
    throw new AppError('CONFLICT', {
      detail: 'The area has visits to this department; cancel or keep them instead of unlinking',
    });
  if (!(await repo.deleteLink(ctx.tx, ctx.tenantId, area.id, linkId, version))) throw conflict(before);
  await ctx.audit({
    action: 'gp-visits.department.unlink',
    entityType: 'gp_training_department',
    entityId: linkId,
    data: { gpAreaId: area.id, departmentId: before.departmentId },
  });
}
