import type {
  EducationPlan,
  PlanDiff,
  PlanGoal,
  PlanReason,
  PlanVersion,
  PlanVersionDetail,
  PlanVersions,
  SavePlan,
} from '@portal/contracts';
import { AppError, forbidden, notFound } from '../../lib/app-error.js';
import type { AuthedCtx } from '../../lib/route.js';
import { courseAccess, type CourseAccess } from '../courses/course-access.js';
import * as competences from '../competences/competences.repository.js';
import * as repo from './education-plans.repository.js';

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The course's supervisors and the department's UAO/UKS edit the plan; everyone who sees the course reads it. */
export function mayEdit(a: CourseAccess): boolean {
  return a.relations.has('supervisor') || a.relations.has('manager');
}

function toVersion(r: repo.VersionRow): PlanVersion {
  return {
    version: r.version,
    reason: r.reason as PlanReason,
    note: r.note,
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
    goalCount: r._count.goals,
    goals: r.goals.map((g) => ({
      id: g.id,
      text: g.text,
      dueDate: g.dueDate ? iso(g.dueDate) : null,
      competences: g.competences
        .map((c) => c.competence)
        .sort((a, b) => a.sortOrder - b.sortOrder)
        .map(({ id, code, title }) => ({ id, code, title })),
    })),
  };
}

export async function getPlan(ctx: AuthedCtx, courseId: string): Promise<EducationPlan> {
  const access = await courseAccess(ctx, courseId);
  const plan = await repo.findPlan(ctx.tx, ctx.tenantId, courseId);
  const row = plan ? await repo.getVersion(ctx.tx, ctx.tenantId, plan.id, plan.currentVersion) : null;
  return { courseId, current: row ? toVersion(row) : null, canEdit: mayEdit(access) };
}

const invalid = (errors: { path: string; message: string; code: string }[]) =>
  new AppError('VALIDATION_FAILED', { errors });

/**
 * Saves a new version of the plan. The edit must start from the latest version (`baseVersion`,
 * 0 for the first), else 409; linked competences must be on the course's competence list.
 */
export async function savePlan(ctx: AuthedCtx, courseId: string, body: SavePlan): Promise<EducationPlan> {
  const access = await courseAccess(ctx, courseId);
  if (!mayEdit(access)) throw forbidden();
  const header = await competences.courseHeader(ctx.tx, ctx.tenantId, courseId);
  if (!header) throw notFound('The course');
  const ids = [...new Set(body.goals.flatMap((g) => g.competenceIds))];
  const onList = header.list_id ? await repo.competencesOfList(ctx.tx, ctx.tenantId, header.list_id, ids) : new Set();
  const errors = body.goals.flatMap((g, i) =>
    g.competenceIds
      .map((id, j) => ({ id, j }))
      .filter(({ id }) => !onList.has(id))
      .map(({ j }) => ({
        path: `body.goals.${i}.competenceIds.${j}`,
        message: "The competence is not on this course's competence list",
        code: 'not_on_list',
      })),
  );
  if (errors.length > 0) throw invalid(errors);

  let plan = await repo.lockPlan(ctx.tx, ctx.tenantId, courseId);
  const current = plan?.current_version ?? 0;
  if (current !== body.baseVersion)
    throw new AppError('CONFLICT', {
      detail: `The plan was changed by someone else: the latest version is ${current}, yours was based on ${body.baseVersion}. Reload to see it.`,
    });
  let next: number;
  if (!plan) {
    // A concurrent first save collides on the unique course key → 409 from the error mapper.
    plan = { id: await repo.createPlan(ctx.tx, ctx.tenantId, courseId), current_version: 1 };
    next = 1;
  } else {
    next = current + 1;
    if (!(await repo.bumpPlan(ctx.tx, ctx.tenantId, plan.id, current)))
      throw new AppError('CONFLICT', { detail: 'The plan was changed by someone else. Reload to see it.' });
  }
  await repo.insertVersion(ctx.tx, ctx.tenantId, {
    planId: plan.id,
    version: next,
    reason: body.reason,
    note: body.note || null,
    createdById: ctx.principal.userId,
    goals: body.goals.map((g) => ({
      text: g.text,
      dueDate: g.dueDate ? new Date(`${g.dueDate}T00:00:00.000Z`) : null,
      competenceIds: g.competenceIds,
    })),
  });
  await ctx.audit({
    action: 'education-plan.save',
    entityType: 'course',
    entityId: courseId,
    data: { version: next, reason: body.reason, goals: body.goals.length },
  });
  return getPlan(ctx, courseId);
}

export async function listVersions(ctx: AuthedCtx, courseId: string): Promise<PlanVersions> {
  await courseAccess(ctx, courseId);
  const plan = await repo.findPlan(ctx.tx, ctx.tenantId, courseId);
  if (!plan) return { items: [] };
  const rows = await repo.listVersions(ctx.tx, ctx.tenantId, plan.id);
  return {
    items: rows.map((r) => ({
      version: r.version,
      reason: r.reason as PlanReason,
      note: r.note,
      createdBy: r.createdBy,
      createdAt: r.createdAt.toISOString(),
      goalCount: r._count.goals,
    })),
  };
}

const stateOf = (g: PlanGoal) => ({ dueDate: g.dueDate, competences: g.competences });
const sameState = (a: PlanGoal, b: PlanGoal) =>
  a.dueDate === b.dueDate && a.competences.map((c) => c.id).join() === b.competences.map((c) => c.id).join();

/** What changed from `prev` to `cur`: goals matched by their text (a reworded goal is removed + added). */
export function diffGoals(prev: PlanGoal[], cur: PlanGoal[], previousVersion: number | null): PlanDiff {
  const before = new Map(prev.map((g) => [g.text, g]));
  const after = new Map(cur.map((g) => [g.text, g]));
  return {
    previousVersion,
    added: cur.filter((g) => !before.has(g.text)).map((g) => g.text),
    removed: prev.filter((g) => !after.has(g.text)).map((g) => g.text),
    changed: cur
      .filter((g) => before.has(g.text) && !sameState(before.get(g.text)!, g))
      .map((g) => ({ text: g.text, before: stateOf(before.get(g.text)!), after: stateOf(g) })),
  };
}

export async function getVersion(ctx: AuthedCtx, courseId: string, version: number): Promise<PlanVersionDetail> {
  await courseAccess(ctx, courseId);
  const plan = await repo.findPlan(ctx.tx, ctx.tenantId, courseId);
  const row = plan ? await repo.getVersion(ctx.tx, ctx.tenantId, plan.id, version) : null;
  if (!plan || !row) throw notFound('The plan version');
  const cur = toVersion(row);
  const prevRow = version > 1 ? await repo.getVersion(ctx.tx, ctx.tenantId, plan.id, version - 1) : null;
  const prev = prevRow ? toVersion(prevRow) : null;
  return { version: cur, diff: diffGoals(prev?.goals ?? [], cur.goals, prev?.version ?? null) };
}
