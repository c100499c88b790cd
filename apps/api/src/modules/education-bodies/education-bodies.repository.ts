import { WORKING_GRACE_DAYS, type BodyKind } from '@portal/contracts';
import type { Tx } from '../../lib/db.js';

/** One body with its meeting health, as computed by `listBodyStatus`. */
export interface BodyStatusRow {
  id: string;
  kind: string;
  name: string;
  unitId: string;
  unitName: string;
  unitKind: string;
  cadenceValue: number;
  cadenceUnit: string;
  createdAt: Date;
  /** Current members today. */
  memberCount: number;
  /** Start of the last meeting marked held (not in the future). */
  lastHeldAt: Date | null;
  /** Start of the next planned meeting from now on. */
  nextPlannedAt: Date | null;
  /** last held (or, with none, the body's creation) + cadence + grace. */
  dueBy: Date;
  /** The last held meeting is inside the cadence window + grace. */
  working: boolean;
}

export interface BodyStatusFilter {
  /** Units whose bodies are visible, or 'tenant' for all. */
  visibleUnits: 'tenant' | readonly string[];
  /** Also visible: bodies this user is (or was) a member of. */
  memberUserId?: string | undefined;
  /** Only bodies of these units (e.g. a hospital and its departments). */
  unitIds?: readonly string[] | undefined;
  kind?: BodyKind | undefined;
  bodyIds?: readonly string[] | undefined;
  /** The moment to judge at (tests pass boundaries; default now). */
  now?: Date;
  /** Danish date for current membership (default: the date of `now` in Denmark). */
  today?: string;
}

interface RawStatus {
  id: string;
  kind: string;
  name: string;
  unit_id: string;
  unit_name: string;
  unit_kind: string;
  cadence_value: number;
  cadence_unit: string;
  created_at: Date;
  member_count: bigint;
  last_held_at: Date | null;
  next_planned_at: Date | null;
  due_by: Date;
  working: boolean;
}

/**
 * Per education body: last held meeting, next planned meeting and whether the body is "working"
 * (its last held meeting is within its cadence + WORKING_GRACE_DAYS). One SQL statement, also meant
 * for the dashboards of issue 5: `listBodyStatus(tx, tenantId, { visibleUnits: departmentIds, kind: 'TEAM' })`.
 */
export async function listBodyStatus(tx: Tx, tenantId: string, f: BodyStatusFilter): Promise<BodyStatusRow[]> {
  const now = f.now ?? new Date();
  const today = f.today ?? new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(now);
  const all = f.visibleUnits === 'tenant';
  const visible = all ? [] : [...f.visibleUnits];
  const unitFilter = f.unitIds ? [...f.unitIds] : null;
  const bodyFilter = f.bodyIds ? [...f.bodyIds] : null;
  const rows = await tx.$queryRaw<RawStatus[]>`
    WITH b AS (
      SELECT b.id, b.kind, b.name, b.unit_id, u.name AS unit_name, u.kind AS unit_kind,
             b.cadence_value, b.cadence_unit, b.created_at,
             (CASE b.cadence_unit WHEN 'MONTH' THEN make_interval(months => b.cadence_value)
                                  ELSE make_interval(days => b.cadence_value) END)
               + make_interval(days => ${WORKING_GRACE_DAYS}::int) AS win,
             (SELECT max(m.starts_at) FROM education_meeting m
               WHERE m.tenant_id = b.tenant_id AND m.body_id = b.id AND m.status = 'HELD'
                 AND m.starts_at <= ${now}::timestamptz) AS last_held_at,
             (SELECT min(m.starts_at) FROM education_meeting m
               WHERE m.tenant_id = b.tenant_id AND m.body_id = b.id AND m.status = 'PLANNED'
                 AND m.starts_at >= ${now}::timestamptz) AS next_planned_at,
             (SELECT count(*) FROM education_body_member bm
               WHERE bm.tenant_id = b.tenant_id AND bm.body_id = b.id
                 AND bm.start_date <= ${today}::date AND (bm.end_date IS NULL OR bm.end_date >= ${today}::date)
             ) AS member_count
        FROM education_body b
        JOIN org_unit u ON u.tenant_id = b.tenant_id AND u.id = b.unit_id
       WHERE b.tenant_id = ${tenantId}::uuid
         AND (${all}::boolean OR b.unit_id = ANY(${visible}::uuid[])
              OR (${f.memberUserId ?? null}::uuid IS NOT NULL AND EXISTS (
                    SELECT 1 FROM education_body_member me
                     WHERE me.tenant_id = b.tenant_id AND me.body_id = b.id AND me.user_id = ${f.memberUserId ?? null}::uuid)))
         AND (${unitFilter}::uuid[] IS NULL OR b.unit_id = ANY(${unitFilter}::uuid[]))
         AND (${bodyFilter}::uuid[] IS NULL OR b.id = ANY(${bodyFilter}::uuid[]))
         AND (${f.kind ?? null}::text IS NULL OR b.kind = ${f.kind ?? null}::text)
    )
    SELECT id::text, kind, name, unit_id::text, unit_name, unit_kind, cadence_value, cadence_unit, created_at,
           member_count, last_held_at, next_planned_at,
           coalesce(last_held_at, created_at) + win AS due_by,
           (last_held_at IS NOT NULL AND last_held_at + win >= ${now}::timestamptz) AS working
      FROM b
     ORDER BY unit_name, CASE kind WHEN 'COUNCIL' THEN 0 WHEN 'NETWORK' THEN 1 WHEN 'TEAM' THEN 2 ELSE 3 END, name`;
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    name: r.name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    unitKind: r.unit_kind,
    cadenceValue: r.cadence_value,
    cadenceUnit: r.cadence_unit,
    createdAt: r.created_at,
    memberCount: Number(r.member_count),
    lastHeldAt: r.last_held_at,
    nextPlannedAt: r.next_planned_at,
    dueBy: r.due_by,
    working: r.working,
  }));
}

const unitSelect = { id: true, name: true, kind: true } as const;

export function findBody(tx: Tx, tenantId: string, bodyId: string) {
  return tx.educationBody.findFirst({
    where: { tenantId, id: bodyId },
    select: {
      id: true,
      kind: true,
      name: true,
      unitId: true,
      cadenceValue: true,
      cadenceUnit: true,
      termsOfReference: true,
      version: true,
      unit: { select: unitSelect },
    },
  });
}
export type BodyRow = NonNullable<Awaited<ReturnType<typeof findBody>>>;

export async function isMember(tx: Tx, tenantId: string, bodyId: string, userId: string): Promise<boolean> {
  const m = await tx.educationBodyMember.findFirst({ where: { tenantId, bodyId, userId }, select: { id: true } });
  return m !== null;
}

export function createBody(
  tx: Tx,
  tenantId: string,
  d: {
    kind: string;
    unitId: string;
    name: string;
    cadenceValue: number;
    cadenceUnit: string;
    termsOfReference: string;
  },
) {
  return tx.educationBody.create({ data: { tenantId, ...d }, select: { id: true } });
}

/** Updates when `version` is current; returns false when it was stale. */
export async function updateBody(
  tx: Tx,
  tenantId: string,
  bodyId: string,
  version: number,
  d: { name: string; cadenceValue: number; cadenceUnit: string; termsOfReference: string },
): Promise<boolean> {
  const r = await tx.educationBody.updateMany({
    where: { tenantId, id: bodyId, version },
    data: { ...d, version: { increment: 1 } },
  });
  return r.count === 1;
}

const memberSelect = {
  id: true,
  function: true,
  functionOther: true,
  startDate: true,
  endDate: true,
  user: { select: { id: true, name: true } },
} as const;

export function listMembers(tx: Tx, tenantId: string, bodyId: string) {
  return tx.educationBodyMember.findMany({
    where: { tenantId, bodyId },
    select: memberSelect,
    orderBy: [{ startDate: 'asc' }, { createdAt: 'asc' }],
  });
}
export type MemberRow = Awaited<ReturnType<typeof listMembers>>[number];

export function findMember(tx: Tx, tenantId: string, bodyId: string, memberId: string) {
  return tx.educationBodyMember.findFirst({ where: { tenantId, bodyId, id: memberId }, select: memberSelect });
}

export function createMember(
  tx: Tx,
  tenantId: string,
  d: {
    bodyId: string;
    userId: string;
    function: string;
    functionOther: string | null;
    startDate: Date;
    endDate: Date | null;
  },
) {
  return tx.educationBodyMember.create({ data: { tenantId, ...d }, select: memberSelect });
}

export async function updateMember(
  tx: Tx,
  tenantId: string,
  memberId: string,
  d: { function: string; functionOther: string | null; startDate: Date; endDate: Date | null },
) {
  await tx.educationBodyMember.updateMany({ where: { tenantId, id: memberId }, data: d });
}

/** An active user of the tenant (for adding members and action-item owners). */
export function findActiveUser(tx: Tx, tenantId: string, userId: string) {
  return tx.user.findFirst({ where: { tenantId, id: userId, deactivatedAt: null }, select: { id: true, name: true } });
}

/** Active users with a role in force today in one of the units. */
export function listUsersInUnits(tx: Tx, tenantId: string, unitIds: readonly string[], today: Date) {
  return tx.user.findMany({
    where: {
      tenantId,
      deactivatedAt: null,
      assignments: {
        some: {
          tenantId,
          scopeUnitId: { in: [...unitIds] },
          validFrom: { lte: today },
          OR: [{ validTo: null }, { validTo: { gte: today } }],
        },
      },
    },
    select: { id: true, name: true, title: true },
    orderBy: { name: 'asc' },
  });
}

export function listMeetingsOfBody(tx: Tx, tenantId: string, bodyId: string) {
  return tx.educationMeeting.findMany({
    where: { tenantId, bodyId },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      place: true,
      status: true,
      _count: { select: { actionItems: { where: { tenantId, doneAt: null } } } },
    },
    orderBy: { startsAt: 'desc' },
  });
}

export function createMeeting(
  tx: Tx,
  tenantId: string,
  d: { bodyId: string; startsAt: Date; endsAt: Date; place: string; agenda: { title: string; standing: boolean }[] },
) {
  return tx.educationMeeting.create({
    data: {
      tenantId,
      bodyId: d.bodyId,
      startsAt: d.startsAt,
      endsAt: d.endsAt,
      place: d.place,
      // tenant_id of the items comes from the meeting (the composite foreign key).
      agenda: { create: d.agenda.map((a, i) => ({ position: i, title: a.title, standing: a.standing })) },
    },
    select: { id: true },
  });
}

export function findMeeting(tx: Tx, tenantId: string, meetingId: string) {
  return tx.educationMeeting.findFirst({
    where: { tenantId, id: meetingId },
    select: {
      id: true,
      bodyId: true,
      startsAt: true,
      endsAt: true,
      place: true,
      status: true,
      minutes: true,
      decisions: true,
      minutesVersion: true,
      version: true,
      agenda: {
        where: { tenantId },
        select: { id: true, title: true, standing: true },
        orderBy: { position: 'asc' },
      },
      attendances: { where: { tenantId }, select: { memberId: true, status: true } },
      actionItems: {
        where: { tenantId },
        select: { id: true, text: true, dueDate: true, doneAt: true, owner: { select: { id: true, name: true } } },
        orderBy: [{ createdAt: 'asc' }],
      },
    },
  });
}
export type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

export async function updateMeetingDetails(
  tx: Tx,
  tenantId: string,
  meetingId: string,
  version: number,
  d: { startsAt: Date; endsAt: Date; place: string; agenda: string[] },
  standingCount: number,
): Promise<boolean> {
  const r = await tx.educationMeeting.updateMany({
    where: { tenantId, id: meetingId, version },
    data: { startsAt: d.startsAt, endsAt: d.endsAt, place: d.place, version: { increment: 1 } },
  });
  if (r.count !== 1) return false;
  await tx.educationAgendaItem.deleteMany({ where: { tenantId, meetingId, standing: false } });
  await tx.educationAgendaItem.createMany({
    data: d.agenda.map((title, i) => ({ tenantId, meetingId, position: standingCount + i, title, standing: false })),
  });
  return true;
}

export async function setMeetingStatus(
  tx: Tx,
  tenantId: string,
  meetingId: string,
  version: number,
  status: string,
): Promise<boolean> {
  const r = await tx.educationMeeting.updateMany({
    where: { tenantId, id: meetingId, version },
    data: { status, version: { increment: 1 } },
  });
  return r.count === 1;
}

export async function updateMinutes(
  tx: Tx,
  tenantId: string,
  meetingId: string,
  minutesVersion: number,
  d: { minutes: string; decisions: string },
): Promise<boolean> {
  const r = await tx.educationMeeting.updateMany({
    where: { tenantId, id: meetingId, minutesVersion },
    data: { ...d, minutesVersion: { increment: 1 } },
  });
  return r.count === 1;
}

export async function setAttendance(
  tx: Tx,
  tenantId: string,
  meetingId: string,
  entries: { memberId: string; status: string | null }[],
) {
  for (const e of entries) {
    if (e.status === null) {
      await tx.educationAttendance.deleteMany({ where: { tenantId, meetingId, memberId: e.memberId } });
    } else {
      await tx.educationAttendance.upsert({
        where: { tenantId_meetingId_memberId: { tenantId, meetingId, memberId: e.memberId } },
        create: { tenantId, meetingId, memberId: e.memberId, status: e.status },
        update: { status: e.status },
      });
    }
  }
}

export function createActionItem(
  tx: Tx,
  tenantId: string,
  d: { meetingId: string; text: string; ownerId: string; dueDate: Date | null },
) {
  return tx.educationActionItem.create({ data: { tenantId, ...d }, select: { id: true } });
}

export function findActionItem(tx: Tx, tenantId: string, itemId: string) {
  return tx.educationActionItem.findFirst({
    where: { tenantId, id: itemId },
    select: {
      id: true,
      text: true,
      dueDate: true,
      doneAt: true,
      ownerId: true,
      meetingId: true,
      owner: { select: { id: true, name: true } },
      meeting: { select: { bodyId: true } },
    },
  });
}

export async function setActionItemDone(tx: Tx, tenantId: string, itemId: string, doneAt: Date | null) {
  await tx.educationActionItem.updateMany({ where: { tenantId, id: itemId }, data: { doneAt } });
}

/** Upcoming (planned, not ended) meetings of the bodies the user is a current member of. */
export function listMyUpcomingMeetings(tx: Tx, tenantId: string, userId: string, now: Date, today: Date) {
  return tx.educationMeeting.findMany({
    where: {
      tenantId,
      status: 'PLANNED',
      endsAt: { gte: now },
      body: {
        tenantId,
        members: {
          some: { tenantId, userId, startDate: { lte: today }, OR: [{ endDate: null }, { endDate: { gte: today } }] },
        },
      },
    },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      place: true,
      body: { select: { id: true, kind: true, name: true, unit: { select: unitSelect } } },
    },
    orderBy: { startsAt: 'asc' },
    take: 20,
  });
}

/** Planned meetings of a body from now on (for the body's calendar file). */
export function listUpcomingMeetingsOfBody(tx: Tx, tenantId: string, bodyId: string, now: Date) {
  return tx.educationMeeting.findMany({
    where: { tenantId, bodyId, status: 'PLANNED', endsAt: { gte: now } },
    select: { id: true, startsAt: true, endsAt: true, place: true, status: true },
    orderBy: { startsAt: 'asc' },
    take: 200,
  });
}
