import type { Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../../lib/db.js';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export const courseListSelect = {
  id: true,
  track: true,
  startDate: true,
  endDate: true,
  cancelledAt: true,
  trainee: { select: { id: true, name: true } },
  unit: { select: { id: true, name: true, kind: true } },
  specialty: { select: { id: true, name: true } },
  supervisors: { where: { isMain: true }, select: { supervisor: { select: { id: true, name: true } } } },
} satisfies Prisma.CourseSelect;
export type CourseListRow = Prisma.CourseGetPayload<{ select: typeof courseListSelect }>;

export const courseDetailSelect = {
  ...courseListSelect,
  version: true,
  trainee: { select: { id: true, name: true, email: true } },
  unit: { select: { id: true, name: true, kind: true, parent: { select: { name: true, shortName: true } } } },
  supervisors: {
    orderBy: [{ isMain: 'desc' }, { createdAt: 'asc' }],
    select: { isMain: true, supervisor: { select: { id: true, name: true, email: true } } },
  },
  placements: {
    orderBy: { startDate: 'asc' },
    select: { id: true, startDate: true, endDate: true, unit: { select: { id: true, name: true, kind: true } } },
  },
} satisfies Prisma.CourseSelect;
export type CourseDetailRow = Prisma.CourseGetPayload<{ select: typeof courseDetailSelect }>;

export async function listCourses(
  tx: Tx,
  where: Prisma.CourseWhereInput,
  order: 'asc' | 'desc',
  skip: number,
  take: number,
): Promise<{ rows: CourseListRow[]; total: number }> {
  const [rows, total] = await Promise.all([
    tx.course.findMany({
      where,
      select: courseListSelect,
      orderBy: [{ startDate: order }, { id: 'asc' }],
      skip,
      take,
    }),
    tx.course.count({ where }),
  ]);
  return { rows, total };
}

export async function findCourseDetail(tx: Tx, tenantId: string, id: string): Promise<CourseDetailRow | null> {
  return tx.course.findFirst({ where: { tenantId, id }, select: courseDetailSelect });
}

export async function findCourseCore(tx: Tx, tenantId: string, id: string) {
  return tx.course.findFirst({
    where: { tenantId, id },
    select: {
      id: true,
      unitId: true,
      traineeId: true,
      track: true,
      startDate: true,
      endDate: true,
      version: true,
      cancelledAt: true,
    },
  });
}

export async function findActiveUser(tx: Tx, tenantId: string, id: string) {
  return tx.user.findFirst({ where: { tenantId, id, deactivatedAt: null }, select: { id: true, name: true } });
}

export async function findUnit(tx: Tx, tenantId: string, id: string) {
  return tx.orgUnit.findFirst({
    where: { tenantId, id },
    select: { id: true, kind: true, name: true, closedAt: true },
  });
}

export async function findSpecialty(tx: Tx, tenantId: string, id: string) {
  return tx.specialty.findFirst({ where: { tenantId, id }, select: { id: true } });
}

const inForce = (today: string): Prisma.RoleAssignmentWhereInput => ({
  validFrom: { lte: day(today) },
  OR: [{ validTo: null }, { validTo: { gte: day(today) } }],
});

/** True when the user holds one of `roles` in the unit today (and is not deactivated). */
export async function holdsRoleInUnit(
  tx: Tx,
  tenantId: string,
  userId: string,
  unitId: string,
  roles: string[],
  today: string,
): Promise<boolean> {
  const n = await tx.roleAssignment.count({
    where: {
      tenantId,
      userId,
      scopeUnitId: unitId,
      role: { in: roles },
      user: { deactivatedAt: null },
      ...inForce(today),
    },
  });
  return n > 0;
}

/** Active people holding one of `roles` in the unit today, by name. */
export async function holdersInUnit(tx: Tx, tenantId: string, unitId: string, roles: string[], today: string) {
  const rows = await tx.roleAssignment.findMany({
    where: { tenantId, scopeUnitId: unitId, role: { in: roles }, user: { deactivatedAt: null }, ...inForce(today) },
    select: { role: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { name: 'asc' } },
  });
  return rows;
}

export async function createCourse(
  tx: Tx,
  tenantId: string,
  data: {
    traineeId: string;
    unitId: string;
    track: string;
    specialtyId: string | null;
    startDate: string;
    endDate: string;
  },
) {
  return tx.course.create({
    data: {
      tenantId,
      traineeId: data.traineeId,
      unitId: data.unitId,
      track: data.track,
      specialtyId: data.specialtyId,
      startDate: day(data.startDate),
      endDate: day(data.endDate),
    },
    select: { id: true },
  });
}

/** Updates when the version matches; returns false when it did not (stale). */
export async function updateCourseIfVersion(
  tx: Tx,
  tenantId: string,
  id: string,
  version: number,
  data: {
    unitId?: string;
    track?: string;
    specialtyId?: string | null;
    startDate?: string;
    endDate?: string;
    cancelledAt?: Date;
  },
): Promise<boolean> {
  const r = await tx.course.updateMany({
    where: { tenantId, id, version },
    data: {
      ...(data.unitId !== undefined && { unitId: data.unitId }),
      ...(data.track !== undefined && { track: data.track }),
      ...(data.specialtyId !== undefined && { specialtyId: data.specialtyId }),
      ...(data.startDate !== undefined && { startDate: day(data.startDate) }),
      ...(data.endDate !== undefined && { endDate: day(data.endDate) }),
      ...(data.cancelledAt !== undefined && { cancelledAt: data.cancelledAt }),
      version: { increment: 1 },
    },
  });
  return r.count === 1;
}

export async function listSupervisorRows(tx: Tx, tenantId: string, courseId: string) {
  return tx.courseSupervisor.findMany({
    where: { tenantId, courseId },
    select: { id: true, supervisorId: true, isMain: true },
  });
}

export async function insertSupervisor(
  tx: Tx,
  tenantId: string,
  courseId: string,
  supervisorId: string,
  isMain: boolean,
) {
  await tx.courseSupervisor.createMany({ data: [{ tenantId, courseId, supervisorId, isMain }] });
}

export async function setMainFlag(tx: Tx, tenantId: string, courseId: string, supervisorId: string | null) {
  // Clear first (the partial unique index allows one main at a time), then set: one transaction.
  await tx.courseSupervisor.updateMany({ where: { tenantId, courseId, isMain: true }, data: { isMain: false } });
  if (supervisorId) {
    await tx.courseSupervisor.updateMany({ where: { tenantId, courseId, supervisorId }, data: { isMain: true } });
  }
}

export async function deleteSupervisor(tx: Tx, tenantId: string, courseId: string, supervisorId: string) {
  const r = await tx.courseSupervisor.deleteMany({ where: { tenantId, courseId, supervisorId } });
  return r.count;
}

export async function insertPlacement(
  tx: Tx,
  tenantId: string,
  courseId: string,
  p: { id: string; unitId: string; startDate: string; endDate: string },
) {
  await tx.coursePlacement.createMany({
    data: [{ id: p.id, tenantId, courseId, unitId: p.unitId, startDate: day(p.startDate), endDate: day(p.endDate) }],
  });
}

export async function deletePlacement(tx: Tx, tenantId: string, courseId: string, placementId: string) {
  const r = await tx.coursePlacement.deleteMany({ where: { tenantId, courseId, id: placementId } });
  return r.count;
}

/** Open departments and practices, optionally only those in `ids`. */
export async function listCourseUnits(tx: Tx, tenantId: string, ids: string[] | 'all') {
  return tx.orgUnit.findMany({
    where: {
      tenantId,
      kind: { in: ['DEPARTMENT', 'PRACTICE'] },
      closedAt: null,
      ...(ids !== 'all' && { id: { in: ids } }),
    },
    select: { id: true, name: true, kind: true, parent: { select: { name: true, shortName: true } } },
    orderBy: [{ name: 'asc' }],
  });
}

export async function listSpecialties(tx: Tx, tenantId: string) {
  return tx.specialty.findMany({ where: { tenantId }, select: { id: true, name: true }, orderBy: { name: 'asc' } });
}

/** Active people of the tenant whose name or e-mail contains `q` (for the trainee picker). */
export async function searchActivePeople(tx: Tx, tenantId: string, q: string | undefined, take: number) {
  return tx.user.findMany({
    where: {
      tenantId,
      deactivatedAt: null,
      ...(q && {
        OR: [{ name: { contains: q, mode: 'insensitive' } }, { email: { contains: q, mode: 'insensitive' } }],
      }),
    },
    select: { id: true, name: true, email: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take,
  });
}

// ---------------------------------------------------------------------------------------------
// Escalation chains

export async function findChain(tx: Tx, tenantId: string, unitId: string) {
  return tx.escalationChain.findFirst({
    where: { tenantId, unitId },
    select: {
      id: true,
      version: true,
      steps: {
        orderBy: { position: 'asc' },
        select: {
          position: true,
          label: true,
          kind: true,
          role: true,
          text: true,
          phone: true,
          note: true,
          person: { select: { id: true, name: true, email: true, deactivatedAt: true } },
        },
      },
    },
  });
}

export async function listChains(tx: Tx, tenantId: string, unitIds: string[] | 'all') {
  return tx.escalationChain.findMany({
    where: { tenantId, ...(unitIds !== 'all' && { unitId: { in: unitIds } }) },
    select: { unitId: true, version: true, _count: { select: { steps: true } } },
  });
}

export async function createChain(tx: Tx, tenantId: string, unitId: string) {
  return tx.escalationChain.create({ data: { tenantId, unitId }, select: { id: true, version: true } });
}

export async function bumpChainIfVersion(tx: Tx, tenantId: string, id: string, version: number) {
  const r = await tx.escalationChain.updateMany({
    where: { tenantId, id, version },
    data: { version: { increment: 1 } },
  });
  return r.count === 1;
}

export async function replaceSteps(
  tx: Tx,
  tenantId: string,
  chainId: string,
  steps: {
    label: string;
    kind: string;
    role: string | null;
    personId: string | null;
    text: string | null;
    phone: string | null;
    note: string | null;
  }[],
) {
  await tx.escalationStep.deleteMany({ where: { tenantId, chainId } });
  if (steps.length > 0) {
    await tx.escalationStep.createMany({
      data: steps.map((s, position) => ({ tenantId, chainId, position, ...s })),
    });
  }
}

export async function findUsers(tx: Tx, tenantId: string, ids: string[]) {
  return tx.user.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, deactivatedAt: true } });
}

/** People holding any role in the unit today (candidates for a PERSON step). */
export async function peopleInUnit(tx: Tx, tenantId: string, unitId: string, today: string) {
  const rows = await tx.roleAssignment.findMany({
    where: { tenantId, scopeUnitId: unitId, user: { deactivatedAt: null }, ...inForce(today) },
    select: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { name: 'asc' } },
  });
  const seen = new Map<string, { id: string; name: string; email: string }>();
  for (const r of rows) seen.set(r.user.id, r.user);
  return [...seen.values()];
}

/**
 * Gives the trainee the TRAINEE role in the course's unit for the course period, unless a TRAINEE
 * assignment there already overlaps it (without one, the trainee could not see their own course).
 * Returns the new assignment's id, or null when none was needed.
 */
export async function ensureTraineeRole(
  tx: Tx,
  tenantId: string,
  userId: string,
  unitId: string,
  startDate: string,
  endDate: string,
): Promise<string | null> {
  const start = new Date(`${startDate}T00:00:00Z`);
  const end = new Date(`${endDate}T00:00:00Z`);
  const existing = await tx.roleAssignment.findFirst({
    where: {
      tenantId,
      userId,
      role: 'TRAINEE',
      scopeUnitId: unitId,
      validFrom: { lte: end },
      OR: [{ validTo: null }, { validTo: { gte: start } }],
    },
    select: { id: true },
  });
  if (existing) return null;
  const created = await tx.roleAssignment.create({
    data: { tenantId, userId, role: 'TRAINEE', scopeUnitId: unitId, validFrom: start, validTo: end },
    select: { id: true },
  });
  return created.id;
}
