import { randomUUID } from 'node:crypto';
import {
  courseTrackSchema,
  escalationRoleSchema,
  escalationStepKindSchema,
  expectationMeetingDueDate,
  todayInDenmark,
  unitKindSchema,
  type AddPlacement,
  type CourseDetail,
  type CourseFormOptions,
  type CourseList,
  type CourseListItem,
  type CourseState,
  type EscalationChain,
  type EscalationChainList,
  type MyCourses,
  type MyEscalationChains,
  type PersonCandidate,
  type ResolvedEscalationStep,
} from '@portal/contracts';
import type { z } from 'zod';
import type {
  addSupervisorSchema,
  courseListQuerySchema,
  createCourseSchema,
  putEscalationChainSchema,
  updateCourseSchema,
} from '@portal/contracts';
import type { Prisma } from '../../generated/prisma/client.js';
import { AppError, forbidden, notFound } from '../../lib/app-error.js';
import type { AuthedCtx } from '../../lib/route.js';
import { unitsInScope } from '../auth/scope.js';
import { courseAccess, visibleCoursesWhere, type CourseAccess } from './course-access.js';
import {
  bumpChainIfVersion,
  createChain,
  createCourse as insertCourse,
  deletePlacement,
  deleteSupervisor,
  findActiveUser,
  findChain,
  findCourseCore,
  findCourseDetail,
  findSpecialty,
  findUnit,
  findUsers,
  holdersInUnit,
  holdsRoleInUnit,
  insertPlacement,
  insertSupervisor,
  listChains,
  listCourseUnits,
  listCourses as queryCourses,
  listSpecialties,
  listSupervisorRows,
  peopleInUnit,
  replaceSteps,
  searchActivePeople,
  setMainFlag,
  updateCourseIfVersion,
  type CourseDetailRow,
  type CourseListRow,
  ensureTraineeRole,
} from './courses.repository.js';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const day = (s: string) => new Date(`${s}T00:00:00.000Z`);

/** Roles whose holders in the course's unit may be its supervisors. */
export const SUPERVISOR_ROLES = ['SUPERVISOR', 'UAO', 'UKS'];
const COURSE_UNIT_KINDS = ['DEPARTMENT', 'PRACTICE'];

const fieldError = (path: string, message: string, code: string) =>
  new AppError('VALIDATION_FAILED', { detail: message, errors: [{ path, message, code }] });

export function courseState(
  c: { startDate: Date; endDate: Date; cancelledAt: Date | null },
  today: string,
): CourseState {
  if (c.cancelledAt) return 'cancelled';
  if (iso(c.startDate) > today) return 'upcoming';
  if (iso(c.endDate) < today) return 'ended';
  return 'current';
}

function toListItem(r: CourseListRow | CourseDetailRow, today: string): CourseListItem {
  const track = courseTrackSchema.parse(r.track);
  const startDate = iso(r.startDate);
  const endDate = iso(r.endDate);
  const main = r.supervisors.find((s) => !('isMain' in s) || s.isMain);
  return {
    id: r.id,
    trainee: { id: r.trainee.id, name: r.trainee.name },
    unit: { id: r.unit.id, name: r.unit.name, kind: unitKindSchema.parse(r.unit.kind) },
    track,
    specialty: r.specialty,
    startDate,
    endDate,
    state: courseState(r, today),
    cancelledAt: r.cancelledAt?.toISOString() ?? null,
    mainSupervisor: main ? { id: main.supervisor.id, name: main.supervisor.name } : null,
    expectationMeetingDue: expectationMeetingDueDate({ track, startDate, endDate }),
  };
}

function stateWhere(state: CourseState | undefined, today: string): Prisma.CourseWhereInput {
  const t = day(today);
  switch (state) {
    case 'cancelled':
      return { cancelledAt: { not: null } };
    case 'upcoming':
      return { cancelledAt: null, startDate: { gt: t } };
    case 'ended':
      return { cancelledAt: null, endDate: { lt: t } };
    case 'current':
      return { cancelledAt: null, startDate: { lte: t }, endDate: { gte: t } };
    default:
      // Without a state filter: every course that is not cancelled.
      return { cancelledAt: null };
  }
}

/** GET /api/courses: the courses the caller may see, filtered, sorted by start date, one page. */
export async function listCourses(ctx: AuthedCtx, q: z.output<typeof courseListQuerySchema>): Promise<CourseList> {
  const today = todayInDenmark();
  const and: Prisma.CourseWhereInput[] = [await visibleCoursesWhere(ctx), stateWhere(q.state, today)];
  if (q.unitId) {
    const unit = await findUnit(ctx.tx, ctx.tenantId, q.unitId);
    const scope = await unitsInScope(ctx, 'courses:read');
    if (!unit || (scope !== 'tenant' && !scope.has(unit.id))) throw notFound('The unit');
    and.push({ OR: [{ unitId: q.unitId }, { placements: { some: { unitId: q.unitId } } }] });
  }
  if (q.track) and.push({ track: q.track });
  if (q.q) and.push({ trainee: { name: { contains: q.q, mode: 'insensitive' } } });
  if (q.startFrom) and.push({ startDate: { gte: day(q.startFrom) } });
  if (q.startTo) and.push({ startDate: { lte: day(q.startTo) } });
  const { rows, total } = await queryCourses(
    ctx.tx,
    { tenantId: ctx.tenantId, AND: and },
    q.sort === 'start' ? 'asc' : 'desc',
    (q.page - 1) * q.pageSize,
    q.pageSize,
  );
  return { items: rows.map((r) => toListItem(r, today)), total, page: q.page, pageSize: q.pageSize };
}

/** GET /api/my/courses: the caller's own courses (newest first, cancelled ones included). */
export async function myCourses(ctx: AuthedCtx): Promise<MyCourses> {
  const today = todayInDenmark();
  const { rows } = await queryCourses(
    ctx.tx,
    { tenantId: ctx.tenantId, traineeId: ctx.principal.userId },
    'desc',
    0,
    50,
  );
  return { items: rows.map((r) => toListItem(r, today)) };
}

async function detail(ctx: AuthedCtx, access: CourseAccess): Promise<CourseDetail> {
  const row = await findCourseDetail(ctx.tx, ctx.tenantId, access.courseId);
  if (!row) throw notFound('The course');
  const today = todayInDenmark();
  const parent = row.unit.parent;
  return {
    ...toListItem(row, today),
    traineeEmail: row.trainee.email,
    unitParent: parent ? (parent.shortName ?? parent.name) : null,
    supervisors: row.supervisors.map((s) => ({
      id: s.supervisor.id,
      name: s.supervisor.name,
      email: s.supervisor.email,
      isMain: s.isMain,
    })),
    placements: row.placements.map((p) => ({
      id: p.id,
      unit: { id: p.unit.id, name: p.unit.name, kind: unitKindSchema.parse(p.unit.kind) },
      startDate: iso(p.startDate),
      endDate: iso(p.endDate),
    })),
    version: row.version,
    myRelations: [...access.relations],
  };
}

export async function getCourse(ctx: AuthedCtx, courseId: string): Promise<CourseDetail> {
  return detail(ctx, await courseAccess(ctx, courseId));
}

/** The course, for a change: the caller manages it (else 403 if they see it, 404 if not). */
async function managed(ctx: AuthedCtx, courseId: string) {
  const access = await courseAccess(ctx, courseId);
  if (!access.relations.has('manager')) throw forbidden();
  const core = await findCourseCore(ctx.tx, ctx.tenantId, courseId);
  if (!core) throw notFound('The course');
  return { access, core };
}

function assertNotCancelled(core: { cancelledAt: Date | null }) {
  if (core.cancelledAt)
    throw new AppError('CONFLICT', { detail: 'The course is cancelled; it can no longer be changed' });
}

/** A unit the caller may manage courses of: in their courses:manage scope (404), a department or practice, open (400). */
async function manageableUnit(ctx: AuthedCtx, unitId: string) {
  const scope = await unitsInScope(ctx, 'courses:manage');
  const unit = scope === 'tenant' || scope.has(unitId) ? await findUnit(ctx.tx, ctx.tenantId, unitId) : null;
  if (!unit) throw notFound('The unit');
  if (!COURSE_UNIT_KINDS.includes(unit.kind)) {
    throw fieldError('body.unitId', 'A course belongs to a department or a practice', 'unit_kind');
  }
  if (unit.closedAt) throw fieldError('body.unitId', 'The unit is closed', 'unit_closed');
  return unit;
}

async function assertSpecialty(ctx: AuthedCtx, specialtyId: string | null) {
  if (specialtyId && !(await findSpecialty(ctx.tx, ctx.tenantId, specialtyId))) {
    throw fieldError('body.specialtyId', 'Unknown specialty', 'unknown');
  }
}

async function assertEligibleSupervisor(
  ctx: AuthedCtx,
  path: string,
  supervisorId: string,
  course: { unitId: string; traineeId: string },
) {
  if (supervisorId === course.traineeId) {
    throw fieldError(path, 'The trainee cannot supervise their own course', 'is_trainee');
  }
  const ok = await holdsRoleInUnit(
    ctx.tx,
    ctx.tenantId,
    supervisorId,
    course.unitId,
    SUPERVISOR_ROLES,
    todayInDenmark(),
  );
  if (!ok) {
    throw fieldError(
      path,
      "Must be an active person who is a supervisor, UAO or UKS in the course's unit",
      'not_eligible',
    );
  }
}

const staleCourse = (yours: number, current: number) =>
  new AppError('CONFLICT', {
    detail: `The course was changed by someone else: you edited version ${yours}, it is now version ${current}. Reload to see the changes.`,
  });

export async function createCourse(ctx: AuthedCtx, b: z.output<typeof createCourseSchema>): Promise<CourseDetail> {
  await manageableUnit(ctx, b.unitId);
  const trainee = await findActiveUser(ctx.tx, ctx.tenantId, b.traineeId);
  if (!trainee) throw fieldError('body.traineeId', 'No active person with this id in the region', 'unknown');
  await assertSpecialty(ctx, b.specialtyId);
  if (b.mainSupervisorId) {
    await assertEligibleSupervisor(ctx, 'body.mainSupervisorId', b.mainSupervisorId, {
      unitId: b.unitId,
      traineeId: b.traineeId,
    });
  }
  const { id } = await insertCourse(ctx.tx, ctx.tenantId, b);
  if (b.mainSupervisorId) await insertSupervisor(ctx.tx, ctx.tenantId, id, b.mainSupervisorId, true);
  const assignmentId = await ensureTraineeRole(ctx.tx, ctx.tenantId, b.traineeId, b.unitId, b.startDate, b.endDate);
  if (assignmentId) {
    await ctx.audit({
      action: 'role-assignment.created',
      entityType: 'role_assignment',
      entityId: assignmentId,
      data: {
        userId: b.traineeId,
        role: 'TRAINEE',
        unitId: b.unitId,
        validFrom: b.startDate,
        validTo: b.endDate,
        via: 'course',
      },
    });
  }
  await ctx.audit({
    action: 'course.created',
    entityType: 'course',
    entityId: id,
    data: {
      traineeId: b.traineeId,
      unitId: b.unitId,
      track: b.track,
      startDate: b.startDate,
      endDate: b.endDate,
      mainSupervisorId: b.mainSupervisorId,
    },
  });
  return getCourse(ctx, id);
}

export async function updateCourse(
  ctx: AuthedCtx,
  courseId: string,
  b: z.output<typeof updateCourseSchema>,
): Promise<CourseDetail> {
  const { core } = await managed(ctx, courseId);
  if (core.version !== b.version) throw staleCourse(b.version, core.version);
  assertNotCancelled(core);
  if (b.unitId !== core.unitId) await manageableUnit(ctx, b.unitId);
  await assertSpecialty(ctx, b.specialtyId);
  if (!(await updateCourseIfVersion(ctx.tx, ctx.tenantId, courseId, b.version, b))) {
    const now = await findCourseCore(ctx.tx, ctx.tenantId, courseId);
    throw staleCourse(b.version, now?.version ?? b.version);
  }
  const changed: Record<string, unknown> = {};
  if (b.unitId !== core.unitId) changed.unitId = b.unitId;
  if (b.track !== core.track) changed.track = b.track;
  if (b.startDate !== iso(core.startDate)) changed.startDate = b.startDate;
  if (b.endDate !== iso(core.endDate)) changed.endDate = b.endDate;
  await ctx.audit({
    action: 'course.updated',
    entityType: 'course',
    entityId: courseId,
    data: { changed, version: b.version + 1 },
  });
  return getCourse(ctx, courseId);
}

export async function cancelCourse(ctx: AuthedCtx, courseId: string, version: number): Promise<CourseDetail> {
  const { core } = await managed(ctx, courseId);
  if (core.version !== version) throw staleCourse(version, core.version);
  assertNotCancelled(core);
  if (!(await updateCourseIfVersion(ctx.tx, ctx.tenantId, courseId, version, { cancelledAt: new Date() }))) {
    throw staleCourse(version, version + 1);
  }
  await ctx.audit({ action: 'course.cancelled', entityType: 'course', entityId: courseId });
  return getCourse(ctx, courseId);
}

export async function addSupervisor(
  ctx: AuthedCtx,
  courseId: string,
  b: z.output<typeof addSupervisorSchema>,
): Promise<CourseDetail> {
  const { core } = await managed(ctx, courseId);
  assertNotCancelled(core);
  await assertEligibleSupervisor(ctx, 'body.supervisorId', b.supervisorId, core);
  const existing = await listSupervisorRows(ctx.tx, ctx.tenantId, courseId);
  if (existing.some((s) => s.supervisorId === b.supervisorId)) {
    throw new AppError('CONFLICT', {
      detail: 'This person is already a supervisor of the course',
      errors: [{ path: 'body.supervisorId', message: 'Already a supervisor of the course', code: 'duplicate' }],
    });
  }
  await insertSupervisor(ctx.tx, ctx.tenantId, courseId, b.supervisorId, false);
  if (b.isMain) await setMainFlag(ctx.tx, ctx.tenantId, courseId, b.supervisorId);
  await ctx.audit({
    action: 'course.supervisor-added',
    entityType: 'course',
    entityId: courseId,
    data: { supervisorId: b.supervisorId, isMain: b.isMain },
  });
  return getCourse(ctx, courseId);
}

export async function setMainSupervisor(ctx: AuthedCtx, courseId: string, supervisorId: string): Promise<CourseDetail> {
  const { core } = await managed(ctx, courseId);
  assertNotCancelled(core);
  const rows = await listSupervisorRows(ctx.tx, ctx.tenantId, courseId);
  const target = rows.find((s) => s.supervisorId === supervisorId);
  if (!target) {
    throw fieldError('body.supervisorId', 'Add the person as a supervisor of the course first', 'not_supervisor');
  }
  const previous = rows.find((s) => s.isMain)?.supervisorId ?? null;
  if (previous !== supervisorId) {
    await setMainFlag(ctx.tx, ctx.tenantId, courseId, supervisorId);
    await ctx.audit({
      action: 'course.main-supervisor-changed',
      entityType: 'course',
      entityId: courseId,
      data: { from: previous, to: supervisorId },
    });
  }
  return getCourse(ctx, courseId);
}

export async function removeSupervisor(ctx: AuthedCtx, courseId: string, supervisorId: string): Promise<CourseDetail> {
  const { core } = await managed(ctx, courseId);
  assertNotCancelled(core);
  if ((await deleteSupervisor(ctx.tx, ctx.tenantId, courseId, supervisorId)) === 0) {
    throw notFound('The supervisor');
  }
  await ctx.audit({
    action: 'course.supervisor-removed',
    entityType: 'course',
    entityId: courseId,
    data: { supervisorId },
  });
  return getCourse(ctx, courseId);
}

export async function addPlacement(ctx: AuthedCtx, courseId: string, b: AddPlacement): Promise<CourseDetail> {
  const { core } = await managed(ctx, courseId);
  assertNotCancelled(core);
  const unit = await findUnit(ctx.tx, ctx.tenantId, b.unitId);
  if (!unit) throw fieldError('body.unitId', 'Unknown unit', 'unknown');
  if (!COURSE_UNIT_KINDS.includes(unit.kind)) {
    throw fieldError('body.unitId', 'A placement is in a hospital department or a general practice', 'unit_kind');
  }
  if (unit.closedAt) throw fieldError('body.unitId', 'The unit is closed', 'unit_closed');
  if (b.startDate < iso(core.startDate) || b.endDate > iso(core.endDate)) {
    throw fieldError('body.startDate', "The placement must lie within the course's period", 'outside_course');
  }
  const id = randomUUID();
  await insertPlacement(ctx.tx, ctx.tenantId, courseId, { id, ...b });
  await ctx.audit({
    action: 'course.placement-added',
    entityType: 'course',
    entityId: courseId,
    data: { placementId: id, unitId: b.unitId, startDate: b.startDate, endDate: b.endDate },
  });
  return getCourse(ctx, courseId);
}

export async function removePlacement(ctx: AuthedCtx, courseId: string, placementId: string): Promise<CourseDetail> {
  const { core } = await managed(ctx, courseId);
  assertNotCancelled(core);
  if ((await deletePlacement(ctx.tx, ctx.tenantId, courseId, placementId)) === 0) throw notFound('The placement');
  await ctx.audit({
    action: 'course.placement-removed',
    entityType: 'course',
    entityId: courseId,
    data: { placementId },
  });
  return getCourse(ctx, courseId);
}

const unitOption = (u: {
  id: string;
  name: string;
  kind: string;
  parent: { name: string; shortName: string | null } | null;
}) => ({
  id: u.id,
  name: u.name,
  kind: unitKindSchema.parse(u.kind),
  parent: u.parent ? (u.parent.shortName ?? u.parent.name) : null,
});

export async function formOptions(ctx: AuthedCtx): Promise<CourseFormOptions> {
  const scope = await unitsInScope(ctx, 'courses:manage');
  const [units, all, specialties] = await Promise.all([
    listCourseUnits(ctx.tx, ctx.tenantId, scope === 'tenant' ? 'all' : [...scope]),
    listCourseUnits(ctx.tx, ctx.tenantId, 'all'),
    listSpecialties(ctx.tx, ctx.tenantId),
  ]);
  return { units: units.map(unitOption), placementUnits: all.map(unitOption), specialties };
}

/** Active people matching at least two typed characters (the trainee picker; at most 20). */
export async function traineeCandidates(ctx: AuthedCtx, q: string | undefined): Promise<{ items: PersonCandidate[] }> {
  if (!q || q.length < 2) return { items: [] };
  return { items: await searchActivePeople(ctx.tx, ctx.tenantId, q, 20) };
}

export async function supervisorCandidates(ctx: AuthedCtx, courseId: string): Promise<{ items: PersonCandidate[] }> {
  const { core } = await managed(ctx, courseId);
  const rows = await holdersInUnit(ctx.tx, ctx.tenantId, core.unitId, SUPERVISOR_ROLES, todayInDenmark());
  const seen = new Map<string, PersonCandidate>();
  for (const r of rows) if (r.user.id !== core.traineeId) seen.set(r.user.id, r.user);
  return { items: [...seen.values()] };
}

// ---------------------------------------------------------------------------------------------
// Escalation chains

async function chainUnit(ctx: AuthedCtx, unitId: string) {
  const scope = await unitsInScope(ctx, 'courses:manage');
  const unit = scope === 'tenant' || scope.has(unitId) ? await findUnit(ctx.tx, ctx.tenantId, unitId) : null;
  if (!unit || !COURSE_UNIT_KINDS.includes(unit.kind)) throw notFound('The unit');
  return unit;
}

export async function listEscalationChains(ctx: AuthedCtx): Promise<EscalationChainList> {
  const scope = await unitsInScope(ctx, 'courses:manage');
  const units = await listCourseUnits(ctx.tx, ctx.tenantId, scope === 'tenant' ? 'all' : [...scope]);
  const chains = new Map(
    (
      await listChains(
        ctx.tx,
        ctx.tenantId,
        units.map((u) => u.id),
      )
    ).map((c) => [c.unitId, c]),
  );
  return {
    items: units.map((u) => {
      const o = unitOption(u);
      const c = chains.get(u.id);
      return {
        unit: { id: o.id, name: o.name, kind: o.kind },
        parent: o.parent,
        version: c?.version ?? 0,
        steps: c?._count.steps ?? 0,
      };
    }),
  };
}

export async function getEscalationChain(ctx: AuthedCtx, unitId: string): Promise<EscalationChain> {
  const unit = await chainUnit(ctx, unitId);
  const [chain, people] = await Promise.all([
    findChain(ctx.tx, ctx.tenantId, unitId),
    peopleInUnit(ctx.tx, ctx.tenantId, unitId, todayInDenmark()),
  ]);
  return {
    unit: { id: unit.id, name: unit.name, kind: unitKindSchema.parse(unit.kind) },
    version: chain?.version ?? 0,
    steps: (chain?.steps ?? []).map((s) => ({
      label: s.label,
      kind: escalationStepKindSchema.parse(s.kind),
      role: s.role ? escalationRoleSchema.parse(s.role) : null,
      person: s.person ? { id: s.person.id, name: s.person.name } : null,
      text: s.text,
      phone: s.phone,
      note: s.note,
    })),
    people,
  };
}

export async function putEscalationChain(
  ctx: AuthedCtx,
  unitId: string,
  b: z.output<typeof putEscalationChainSchema>,
): Promise<EscalationChain> {
  await chainUnit(ctx, unitId);
  const steps = b.steps.map((s) => ({
    label: s.label,
    kind: s.kind,
    role: s.kind === 'ROLE' ? s.role : null,
    personId: s.kind === 'PERSON' ? s.personId : null,
    text: s.text,
    phone: s.phone,
    note: s.note,
  }));
  const personIds = [...new Set(steps.flatMap((s) => (s.personId ? [s.personId] : [])))];
  if (personIds.length > 0) {
    const found = new Map((await findUsers(ctx.tx, ctx.tenantId, personIds)).map((u) => [u.id, u]));
    steps.forEach((s, i) => {
      if (s.personId && (!found.get(s.personId) || found.get(s.personId)!.deactivatedAt)) {
        throw fieldError(`body.steps.${i}.personId`, 'No active person with this id in the region', 'unknown');
      }
    });
  }
  const existing = await findChain(ctx.tx, ctx.tenantId, unitId);
  const current = existing?.version ?? 0;
  const stale = () =>
    new AppError('CONFLICT', {
      detail: `The escalation chain was changed by someone else: you edited version ${b.version}, it is now version ${current}. Reload to see the changes.`,
    });
  if (current !== b.version) throw stale();
  let chainId: string;
  if (!existing) {
    chainId = (await createChain(ctx.tx, ctx.tenantId, unitId)).id;
  } else {
    if (!(await bumpChainIfVersion(ctx.tx, ctx.tenantId, existing.id, b.version))) throw stale();
    chainId = existing.id;
  }
  await replaceSteps(ctx.tx, ctx.tenantId, chainId, steps);
  await ctx.audit({
    action: 'escalation-chain.updated',
    entityType: 'escalation_chain',
    entityId: chainId,
    data: { unitId, steps: steps.length, version: b.version + 1 },
  });
  return getEscalationChain(ctx, unitId);
}

/** GET /api/my/escalation-chains: for each of the caller's current or upcoming courses, who to call. */
export async function myEscalationChains(ctx: AuthedCtx): Promise<MyEscalationChains> {
  const today = todayInDenmark();
  const { rows } = await queryCourses(
    ctx.tx,
    { tenantId: ctx.tenantId, traineeId: ctx.principal.userId, cancelledAt: null, endDate: { gte: day(today) } },
    'asc',
    0,
    10,
  );
  const items: MyEscalationChains['items'] = [];
  const units = new Set<string>();
  for (const c of rows) {
    // One chain per department: the earliest course there (the current one) names the hovedvejleder.
    if (units.has(c.unit.id)) continue;
    units.add(c.unit.id);
    const chain = await findChain(ctx.tx, ctx.tenantId, c.unit.id);
    if (!chain || chain.steps.length === 0) continue;
    const roles = [...new Set(chain.steps.flatMap((s) => (s.role && s.role !== 'MAIN_SUPERVISOR' ? [s.role] : [])))];
    const holders = roles.length > 0 ? await holdersInUnit(ctx.tx, ctx.tenantId, c.unit.id, roles, today) : [];
    const mainRow = await findCourseDetail(ctx.tx, ctx.tenantId, c.id);
    const main = mainRow?.supervisors.find((s) => s.isMain)?.supervisor;
    const steps: ResolvedEscalationStep[] = chain.steps.map((s) => {
      let people: { name: string; email: string }[] = [];
      if (s.kind === 'PERSON' && s.person && !s.person.deactivatedAt) {
        people = [{ name: s.person.name, email: s.person.email }];
      } else if (s.kind === 'ROLE' && s.role === 'MAIN_SUPERVISOR') {
        people = main ? [{ name: main.name, email: main.email }] : [];
      } else if (s.kind === 'ROLE') {
        const seen = new Map<string, { name: string; email: string }>();
        for (const h of holders) if (h.role === s.role) seen.set(h.user.id, { name: h.user.name, email: h.user.email });
        people = [...seen.values()];
      }
      return {
        position: s.position + 1,
        label: s.label,
        kind: escalationStepKindSchema.parse(s.kind),
        role: s.role ? escalationRoleSchema.parse(s.role) : null,
        people,
        text: s.text,
        phone: s.phone,
        note: s.note,
      };
    });
    items.push({
      courseId: c.id,
      unit: { id: c.unit.id, name: c.unit.name, kind: unitKindSchema.parse(c.unit.kind) },
      steps,
    });
  }
  return { items };
}
