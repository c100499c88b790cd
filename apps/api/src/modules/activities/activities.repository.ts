import { Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../../lib/db.js';

/** Where the caller may act: the whole tenant, or the hospitals / GP areas (and units) in their scope. */
export type ActivityScope = 'tenant' | Set<string>;

const unitRef = { select: { id: true, name: true, kind: true } } as const;

const summarySelect = {
  id: true,
  kind: true,
  title: true,
  startsOn: true,
  endsOn: true,
  place: true,
  audience: true,
  capacity: true,
  state: true,
  hospitalId: true,
  hospital: unitRef,
  department: unitRef,
} as const;

const detailSelect = (tenantId: string) =>
  ({
    ...summarySelect,
    description: true,
    report: true,
    version: true,
    updatedAt: true,
    registrations: {
      where: { tenantId },
      select: {
        id: true,
        userId: true,
        externalName: true,
        externalEmail: true,
        externalDepartment: true,
        status: true,
        attended: true,
        createdAt: true,
        user: { select: { name: true, email: true } },
      },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    },
    followUps: {
      where: { tenantId },
      select: {
        id: true,
        text: true,
        ownerText: true,
        dueOn: true,
        done: true,
        owner: { select: { id: true, name: true } },
      },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    },
  }) satisfies Prisma.ActivitySelect;

function scopeWhere(scope: ActivityScope) {
  return scope === 'tenant' ? {} : { hospitalId: { in: [...scope] } };
}

export const toDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** One activity inside the caller's scope, or null (also when it is another tenant's). */
export function findActivity(tx: Tx, tenantId: string, scope: ActivityScope, id: string) {
  return tx.activity.findFirst({
    where: { tenantId, id, ...scopeWhere(scope) },
    select: detailSelect(tenantId),
  });
}
export type ActivityRow = NonNullable<Awaited<ReturnType<typeof findActivity>>>;

export interface ListFilter {
  kind?: string | undefined;
  state?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  unitId?: string | undefined;
}

export function listActivities(tx: Tx, tenantId: string, scope: ActivityScope, f: ListFilter) {
  return tx.activity.findMany({
    where: {
      tenantId,
      ...scopeWhere(scope),
      ...(f.kind ? { kind: f.kind } : {}),
      ...(f.state ? { state: f.state } : {}),
      ...(f.from || f.to
        ? { startsOn: { ...(f.from ? { gte: toDate(f.from) } : {}), ...(f.to ? { lte: toDate(f.to) } : {}) } }
        : {}),
      ...(f.unitId ? { OR: [{ hospitalId: f.unitId }, { departmentId: f.unitId }] } : {}),
    },
    select: summarySelect,
    orderBy: [{ startsOn: 'asc' }, { title: 'asc' }],
    take: 500,
  });
}

/** Registered and waitlisted counts per activity (one grouped query). */
export async function registrationCounts(tx: Tx, tenantId: string, activityIds: string[]) {
  const rows = await tx.activityRegistration.groupBy({
    by: ['activityId', 'status'],
    where: { tenantId, activityId: { in: activityIds }, status: { in: ['REGISTERED', 'WAITLISTED'] } },
    _count: { _all: true },
  });
  const map = new Map<string, { registered: number; waitlisted: number }>();
  for (const r of rows) {
    const c = map.get(r.activityId) ?? { registered: 0, waitlisted: 0 };
    if (r.status === 'REGISTERED') c.registered = r._count._all;
    else c.waitlisted = r._count._all;
    map.set(r.activityId, c);
  }
  return map;
}

/**
 * Locks the activity row until the transaction ends, so that registrations, cancellations and
 * capacity changes of one activity run one at a time (two requests for the last seat: one waits,
 * then counts the seat as taken). Returns false when there is no such row.
 */
export async function lockActivity(tx: Tx, tenantId: string, id: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM activity WHERE tenant_id = ${tenantId}::uuid AND id = ${id}::uuid FOR UPDATE`;
  return rows.length === 1;
}

export function unitInfo(tx: Tx, tenantId: string, id: string) {
  return tx.orgUnit.findFirst({
    where: { tenantId, id, closedAt: null },
    select: { id: true, kind: true, parentId: true },
  });
}

/** Whether the department is linked to the GP area's general-practice training (gp-visits module's table). */
export async function isLinkedToGpArea(tx: Tx, tenantId: string, gpAreaId: string, departmentId: string) {
  const n = await tx.gpTrainingDepartment.count({ where: { tenantId, gpAreaId, departmentId } });
  return n > 0;
}

export interface ActivityData {
  kind: string;
  title: string;
  startsOn: string;
  endsOn: string | null;
  place: string | null;
  audience: string;
  capacity: number | null;
  description: string | null;
  departmentId: string | null;
}

function dataOf(d: ActivityData) {
  return {
    kind: d.kind,
    title: d.title,
    startsOn: toDate(d.startsOn),
    endsOn: d.endsOn ? toDate(d.endsOn) : null,
    place: d.place || null,
    audience: d.audience,
    capacity: d.capacity,
    description: d.description || null,
    departmentId: d.departmentId,
  };
}

export async function createActivity(tx: Tx, tenantId: string, hospitalId: string | null, d: ActivityData) {
  const row = await tx.activity.create({ data: { tenantId, hospitalId, ...dataOf(d) }, select: { id: true } });
  return row.id;
}

/** Updates when `version` is still current; returns false otherwise (the caller answers 409). */
export async function updateActivity(
  tx: Tx,
  tenantId: string,
  id: string,
  version: number,
  d: ActivityData & { state: string },
): Promise<boolean> {
  const r = await tx.activity.updateMany({
    where: { tenantId, id, version },
    data: { ...dataOf(d), state: d.state, version: { increment: 1 } },
  });
  return r.count === 1;
}

export async function updateReport(
  tx: Tx,
  tenantId: string,
  id: string,
  version: number,
  report: string | null,
): Promise<boolean> {
  const r = await tx.activity.updateMany({
    where: { tenantId, id, version },
    data: { report: report || null, version: { increment: 1 } },
  });
  return r.count === 1;
}

export async function markHeld(tx: Tx, tenantId: string, id: string) {
  await tx.activity.updateMany({
    where: { tenantId, id, state: 'PLANNED' },
    data: { state: 'HELD', version: { increment: 1 } },
  });
}

export function countRegistered(tx: Tx, tenantId: string, activityId: string) {
  return tx.activityRegistration.count({ where: { tenantId, activityId, status: 'REGISTERED' } });
}

export function findActiveRegistration(
  tx: Tx,
  tenantId: string,
  activityId: string,
  who: { userId: string } | { email: string },
) {
  return tx.activityRegistration.findFirst({
    where: {
      tenantId,
      activityId,
      status: { not: 'CANCELLED' },
      ...('userId' in who ? { userId: who.userId } : { externalEmail: { equals: who.email, mode: 'insensitive' } }),
    },
    select: { id: true },
  });
}

export async function createRegistration(
  tx: Tx,
  tenantId: string,
  activityId: string,
  status: string,
  who: { userId: string } | { name: string; email: string; department: string | null },
) {
  const row = await tx.activityRegistration.create({
    data: {
      tenantId,
      activityId,
      status,
      ...('userId' in who
        ? { userId: who.userId }
        : { externalName: who.name, externalEmail: who.email, externalDepartment: who.department || null }),
    },
    select: { id: true },
  });
  return row.id;
}

export function findRegistration(tx: Tx, tenantId: string, activityId: string, id: string) {
  return tx.activityRegistration.findFirst({ where: { tenantId, activityId, id }, select: { id: true, status: true } });
}

export async function cancelRegistration(tx: Tx, tenantId: string, id: string) {
  await tx.activityRegistration.updateMany({ where: { tenantId, id }, data: { status: 'CANCELLED' } });
}

/**
 * Moves the first waitlisted registrations (oldest first) up into the free seats; one statement.
 * Call with the activity row locked. Returns the promoted registration ids.
 */
export async function fillFreeSeats(tx: Tx, tenantId: string, activityId: string, capacity: number | null) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH free AS (
      SELECT CASE WHEN ${capacity}::int IS NULL THEN NULL
             ELSE GREATEST(${capacity}::int - count(*), 0) END AS n
        FROM activity_registration
       WHERE tenant_id = ${tenantId}::uuid AND activity_id = ${activityId}::uuid AND status = 'REGISTERED'
    ), next AS (
      SELECT id FROM activity_registration
       WHERE tenant_id = ${tenantId}::uuid AND activity_id = ${activityId}::uuid AND status = 'WAITLISTED'
       ORDER BY created_at, id
       LIMIT (SELECT n FROM free)
    )
    UPDATE activity_registration r SET status = 'REGISTERED', updated_at = now()
      FROM next WHERE r.tenant_id = ${tenantId}::uuid AND r.id = next.id
    RETURNING r.id::text`;
  return rows.map((r) => r.id);
}

export function registrationsOf(tx: Tx, tenantId: string, activityId: string, ids: string[]) {
  return tx.activityRegistration.findMany({
    where: { tenantId, activityId, id: { in: ids } },
    select: { id: true, status: true },
  });
}

export async function setAttendance(tx: Tx, tenantId: string, id: string, attended: boolean | null) {
  await tx.activityRegistration.updateMany({ where: { tenantId, id }, data: { attended } });
}

export interface FollowUpData {
  text: string;
  ownerUserId: string | null;
  ownerText: string | null;
  dueOn: string | null;
  done: boolean;
}

function followUpData(d: FollowUpData) {
  return {
    text: d.text,
    ownerUserId: d.ownerUserId,
    ownerText: d.ownerText || null,
    dueOn: d.dueOn ? toDate(d.dueOn) : null,
    done: d.done,
  };
}

export async function createFollowUp(tx: Tx, tenantId: string, activityId: string, d: FollowUpData) {
  const row = await tx.activityFollowUp.create({
    data: { tenantId, activityId, ...followUpData(d) },
    select: { id: true },
  });
  return row.id;
}

export async function updateFollowUp(tx: Tx, tenantId: string, activityId: string, id: string, d: FollowUpData) {
  const r = await tx.activityFollowUp.updateMany({ where: { tenantId, activityId, id }, data: followUpData(d) });
  return r.count === 1;
}

/**
 * Portal users who may be registered or named as owners: active users holding a role assignment
 * in a unit in scope (any user of the tenant for a tenant-wide caller).
 */
export function searchPeople(
  tx: Tx,
  tenantId: string,
  scope: ActivityScope,
  q: { text?: string; id?: string },
  take = 20,
) {
  return tx.user.findMany({
    where: {
      tenantId,
      deactivatedAt: null,
      ...(q.id ? { id: q.id } : {}),
      ...(q.text
        ? {
            OR: [
              { name: { contains: q.text, mode: 'insensitive' } },
              { email: { contains: q.text, mode: 'insensitive' } },
            ],
          }
        : {}),
      ...(scope === 'tenant' ? {} : { assignments: { some: { tenantId, scopeUnitId: { in: [...scope] } } } }),
    },
    select: { id: true, name: true, email: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take,
  });
}

export interface StatsFilter {
  from: string;
  to: string;
  scope: ActivityScope;
  unitId?: string | undefined;
}

/**
 * Counts for the period, computed in SQL: held activities, attended participants per kind and
 * per month, distinct supervisors trained, distinct departments visited.
 */
export async function activityStats(tx: Tx, tenantId: string, f: StatsFilter) {
  const scopeIds = f.scope === 'tenant' ? null : [...f.scope];
  const held = Prisma.sql`
    held AS (
      SELECT a.id, a.kind, a.department_id, date_trunc('month', a.starts_on::timestamp)::date AS month
        FROM activity a
       WHERE a.tenant_id = ${tenantId}::uuid
         AND a.state = 'HELD'
         AND a.starts_on BETWEEN ${f.from}::date AND ${f.to}::date
         AND (${scopeIds}::uuid[] IS NULL OR a.hospital_id = ANY(${scopeIds}::uuid[]))
         AND (${f.unitId ?? null}::uuid IS NULL OR a.hospital_id = ${f.unitId ?? null}::uuid
              OR a.department_id = ${f.unitId ?? null}::uuid)
    ),
    attended AS (
      SELECT h.id AS activity_id, h.kind, h.month::date AS month,
             COALESCE(r.user_id::text, 'ext:' || lower(r.external_email)) AS person
        FROM held h
        JOIN activity_registration r ON r.tenant_id = ${tenantId}::uuid AND r.activity_id = h.id
       WHERE r.status = 'REGISTERED' AND r.attended = true
    )`;
  const [totals] = await tx.$queryRaw<{ supervisors_trained: number; departments_visited: number }[]>`
    WITH ${held}
    SELECT (SELECT count(DISTINCT person) FROM attended WHERE kind = 'SUPERVISOR_COURSE')::int AS supervisors_trained,
           (SELECT count(DISTINCT department_id) FROM held WHERE kind = 'DEPARTMENT_VISIT')::int AS departments_visited`;
  const byKind = await tx.$queryRaw<{ kind: string; held: number; participants: number }[]>`
    WITH ${held}
    SELECT h.kind, count(*)::int AS held,
           COALESCE(sum((SELECT count(*) FROM attended p WHERE p.activity_id = h.id)), 0)::int AS participants
      FROM held h GROUP BY h.kind`;
  const months = await tx.$queryRaw<
    { month: string; held: number; participants: number; supervisors_trained: number }[]
  >`
    WITH ${held}
    , series AS (
      SELECT g::date AS m
        FROM generate_series(date_trunc('month', ${f.from}::date)::timestamp,
                             date_trunc('month', ${f.to}::date)::timestamp, interval '1 month') AS g
    )
    SELECT to_char(s.m, 'YYYY-MM') AS month,
           (SELECT count(*) FROM held h WHERE h.month = s.m)::int AS held,
           (SELECT count(*) FROM attended p WHERE p.month = s.m)::int AS participants,
           (SELECT count(DISTINCT person) FROM attended p
             WHERE p.month = s.m AND p.kind = 'SUPERVISOR_COURSE')::int AS supervisors_trained
      FROM series s
     ORDER BY s.m`;
  return { totals: totals!, byKind, months };
}
