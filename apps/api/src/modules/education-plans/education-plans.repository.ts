import type { Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../../lib/db.js';

const versionSelect = {
  id: true,
  version: true,
  reason: true,
  note: true,
  createdAt: true,
  createdBy: { select: { id: true, name: true } },
  _count: { select: { goals: true } },
} as const;

const goalsSelect = {
  goals: {
    select: {
      id: true,
      text: true,
      dueDate: true,
      sortOrder: true,
      competences: {
        select: { competence: { select: { id: true, code: true, title: true, sortOrder: true } } },
      },
    },
    orderBy: { sortOrder: 'asc' },
  },
} as const;

export type VersionRow = Prisma.EducationPlanVersionGetPayload<{ select: typeof versionSelect & typeof goalsSelect }>;
export type VersionSummaryRow = Prisma.EducationPlanVersionGetPayload<{ select: typeof versionSelect }>;

/** The plan row, locked so that two saves are serialised. */
export async function lockPlan(tx: Tx, tenantId: string, courseId: string) {
  const rows = await tx.$queryRaw<{ id: string; current_version: number }[]>`
    SELECT id, current_version FROM education_plan
     WHERE tenant_id = ${tenantId}::uuid AND course_id = ${courseId}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

export function findPlan(tx: Tx, tenantId: string, courseId: string) {
  return tx.educationPlan.findFirst({ where: { tenantId, courseId }, select: { id: true, currentVersion: true } });
}

export function getVersion(tx: Tx, tenantId: string, planId: string, version: number): Promise<VersionRow | null> {
  return tx.educationPlanVersion.findFirst({
    where: { tenantId, planId, version },
    select: { ...versionSelect, ...goalsSelect },
  });
}

export function listVersions(tx: Tx, tenantId: string, planId: string): Promise<VersionSummaryRow[]> {
  return tx.educationPlanVersion.findMany({
    where: { tenantId, planId },
    select: versionSelect,
    orderBy: { version: 'desc' },
  });
}

export async function createPlan(tx: Tx, tenantId: string, courseId: string): Promise<string> {
  const p = await tx.educationPlan.create({
    data: { tenantId, courseId, currentVersion: 1 },
    select: { id: true },
  });
  return p.id;
}

export async function bumpPlan(tx: Tx, tenantId: string, planId: string, from: number): Promise<boolean> {
  const r = await tx.educationPlan.updateMany({
    where: { tenantId, id: planId, currentVersion: from },
    data: { currentVersion: from + 1 },
  });
  return r.count === 1;
}

export async function insertVersion(
  tx: Tx,
  tenantId: string,
  v: {
    planId: string;
    version: number;
    reason: string;
    note: string | null;
    createdById: string;
    goals: { text: string; dueDate: Date | null; competenceIds: string[] }[];
  },
): Promise<void> {
  const ver = await tx.educationPlanVersion.create({
    data: {
      tenantId,
      planId: v.planId,
      version: v.version,
      reason: v.reason,
      note: v.note,
      createdById: v.createdById,
    },
    select: { id: true },
  });
  const goals = await tx.educationPlanGoal.createManyAndReturn({
    data: v.goals.map((g, i) => ({ tenantId, versionId: ver.id, sortOrder: i, text: g.text, dueDate: g.dueDate })),
    select: { id: true, sortOrder: true },
  });
  const links = goals.flatMap((g) =>
    [...new Set(v.goals[g.sortOrder]!.competenceIds)].map((competenceId) => ({ tenantId, goalId: g.id, competenceId })),
  );
  if (links.length > 0) await tx.educationPlanGoalCompetence.createMany({ data: links });
}

/** Which of the ids are competences of the list. */
export async function competencesOfList(tx: Tx, tenantId: string, listId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.competence.findMany({
    where: { tenantId, listId, id: { in: ids } },
    select: { id: true },
  });
  return new Set(rows.map((r) => r.id));
}
