import type { Prisma } from '../../generated/prisma/client.js';
import { notFound } from '../../lib/app-error.js';
import type { AuthedCtx } from '../../lib/route.js';
import { unitsInScope } from '../auth/scope.js';

/**
 * Who may see a course, and as what. Every module of the training course (courses, expectation
 * meetings, supervision and feedback, competences, education plans) decides access with these
 * functions, so that the rule lives in one place:
 * - the trainee sees their own courses (`own-course:read`);
 * - a supervisor sees the courses they are a supervisor of (`supervision:write`, through
 *   course_supervisor), nothing else of the department;
 * - UAO, UKS, cheflæge, Tutorcentret, AMU and the regional administrator see the courses of the
 *   units in their scope (`courses:read`; a course counts for its managing unit and the units of
 *   its placements); UAO/UKS manage those of their department (`courses:manage`);
 * - the content of supervision and feedback records is for the trainee, the course's supervisors
 *   and the department's UAO, UKS and cheflæge (`supervision:read`), not for Tutorcentret or the
 *   region's administrators, who see counts only (dashboards).
 * A course outside all of these answers 404, like one of another tenant.
 */
export type CourseRelation = 'trainee' | 'main-supervisor' | 'supervisor' | 'reader' | 'manager' | 'supervision-reader';

export interface CourseAccess {
  courseId: string;
  traineeId: string;
  unitId: string;
  relations: Set<CourseRelation>;
}

type Scope = 'tenant' | Set<string>;

function unitWhere(scope: Scope, withPlacements: boolean): Prisma.CourseWhereInput | null {
  if (scope === 'tenant') return {};
  if (scope.size === 0) return null;
  const ids = [...scope];
  if (!withPlacements) return { unitId: { in: ids } };
  return { OR: [{ unitId: { in: ids } }, { placements: { some: { unitId: { in: ids } } } }] };
}

/**
 * A Prisma `where` for the courses the caller may see (any relation). Combine it with the
 * module's own filter: `{ AND: [await visibleCoursesWhere(ctx), { ... }] }`. With `content: true`
 * only the courses whose supervision/feedback content the caller may read.
 */
export async function visibleCoursesWhere(
  ctx: AuthedCtx,
  opts: { content?: boolean } = {},
): Promise<Prisma.CourseWhereInput> {
  const p = ctx.principal.permissions;
  const or: Prisma.CourseWhereInput[] = [];
  if (p.has('own-course:read')) or.push({ traineeId: ctx.principal.userId });
  if (p.has('supervision:write')) or.push({ supervisors: { some: { supervisorId: ctx.principal.userId } } });
  const deptPermission = opts.content ? 'supervision:read' : 'courses:read';
  if (p.has(deptPermission)) {
    const w = unitWhere(await unitsInScope(ctx, deptPermission), !opts.content);
    if (w) or.push(w);
  }
  // No relation at all: a condition that matches nothing.
  return { tenantId: ctx.tenantId, OR: or.length > 0 ? or : [{ id: { in: [] } }] };
}

/** The caller's relations to one course; 404 when they have none (or it is another tenant's). */
export async function courseAccess(ctx: AuthedCtx, courseId: string): Promise<CourseAccess> {
  const course = await ctx.tx.course.findFirst({
    where: { tenantId: ctx.tenantId, id: courseId },
    select: {
      id: true,
      traineeId: true,
      unitId: true,
      supervisors: { where: { supervisorId: ctx.principal.userId }, select: { isMain: true } },
      placements: { select: { unitId: true } },
    },
  });
  if (!course) throw notFound('The course');
  const p = ctx.principal.permissions;
  const relations = new Set<CourseRelation>();
  if (p.has('own-course:read') && course.traineeId === ctx.principal.userId) relations.add('trainee');
  if (p.has('supervision:write') && course.supervisors.length > 0) {
    relations.add('supervisor');
    if (course.supervisors.some((s) => s.isMain)) relations.add('main-supervisor');
  }
  const units = [course.unitId, ...course.placements.map((pl) => pl.unitId)];
  const within = async (perm: 'courses:read' | 'courses:manage' | 'supervision:read', all: string[]) => {
    if (!p.has(perm)) return false;
    const scope = await unitsInScope(ctx, perm);
    return scope === 'tenant' || all.some((u) => scope.has(u));
  };
  if (await within('courses:read', units)) relations.add('reader');
  if (await within('courses:manage', [course.unitId])) relations.add('manager');
  if (await within('supervision:read', [course.unitId])) relations.add('supervision-reader');
  if (relations.size === 0) throw notFound('The course');
  return { courseId: course.id, traineeId: course.traineeId, unitId: course.unitId, relations };
}

/** True when the caller may read the course's supervision and feedback content. */
export function mayReadContent(a: CourseAccess): boolean {
  return a.relations.has('trainee') || a.relations.has('supervisor') || a.relations.has('supervision-reader');
}
