import {
  BODY_UNIT_KIND,
  STANDING_AGENDA_ITEMS,
  TEAM_REQUIRED_FUNCTIONS,
  attendanceStatusSchema,
  bodyKindSchema,
  cadenceUnitSchema,
  memberFunctionSchema,
  meetingStatusSchema,
  todayInDenmark,
  unitKindSchema,
  type BodyDetail,
  type BodyKind,
  type BodyListQuery,
  type BodyStatus,
  type BodySummary,
  type MeetingDetail,
  type Member,
  type MemberFunction,
} from '@portal/contracts';
import * as ics from 'ics';
import { AppError, notFound } from '../../lib/app-error.js';
import type { AuthedCtx } from '../../lib/route.js';
import { inScope, unitsInScope } from '../auth/scope.js';
import { ancestorsOf, descendantsOf, findUnit } from '../org/org.repository.js';
import { isoDate } from '../me/assignment-view.js';
import { copenhagenToInstant, instantToCopenhagen } from './copenhagen-time.js';
import * as repo from './education-bodies.repository.js';

type Scope = 'tenant' | Set<string>;
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

const conflict = (what: string) =>
  new AppError('CONFLICT', { detail: `${what} was changed by someone else; reload to see the current version` });

const validation = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', { errors: [{ path, message, code: 'custom' }] });

/** Where the caller may manage bodies (empty when they lack the permission). */
async function manageScope(ctx: AuthedCtx): Promise<Scope> {
  if (!ctx.principal.permissions.has('education-bodies:manage')) return new Set();
  return unitsInScope(ctx, 'education-bodies:manage');
}

/** Units whose bodies the caller reads without being a member: manage scope + the cheflæge's department. */
async function readScope(ctx: AuthedCtx, manage: Scope): Promise<Scope> {
  if (manage === 'tenant') return manage;
  const units = new Set(manage);
  if (ctx.principal.permissions.has('department-dashboard:read')) {
    const dash = await unitsInScope(ctx, 'department-dashboard:read');
    if (dash === 'tenant') return dash;
    for (const u of dash) units.add(u);
  }
  return units;
}

interface BodyAccess {
  body: repo.BodyRow;
  canManage: boolean;
}

/** The body if the caller may read it (manage/read scope or membership); 404 otherwise. */
async function bodyForRead(ctx: AuthedCtx, bodyId: string): Promise<BodyAccess> {
  const body = await repo.findBody(ctx.tx, ctx.tenantId, bodyId);
  if (!body) throw notFound('The education body');
  const manage = await manageScope(ctx);
  const canManage = inScope(manage, body.unitId);
  if (canManage) return { body, canManage };
  if (inScope(await readScope(ctx, manage), body.unitId)) return { body, canManage };
  if (await repo.isMember(ctx.tx, ctx.tenantId, body.id, ctx.principal.userId)) return { body, canManage };
  throw notFound('The education body');
}

/** The body if the caller may manage it: 404 when they cannot even read it, 403 when they only read it. */
async function bodyForManage(ctx: AuthedCtx, bodyId: string): Promise<repo.BodyRow> {
  const { body, canManage } = await bodyForRead(ctx, bodyId);
  if (!canManage) throw new AppError('FORBIDDEN');
  return body;
}

async function meetingForRead(ctx: AuthedCtx, meetingId: string) {
  const meeting = await repo.findMeeting(ctx.tx, ctx.tenantId, meetingId);
  if (!meeting) throw notFound('The meeting');
  try {
    const access = await bodyForRead(ctx, meeting.bodyId);
    return { meeting, ...access };
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') throw notFound('The meeting');
    throw e;
  }
}

async function meetingForManage(ctx: AuthedCtx, meetingId: string) {
  const m = await meetingForRead(ctx, meetingId);
  if (!m.canManage) throw new AppError('FORBIDDEN');
  return m;
}

// ---- mapping ----

export function toStatus(r: repo.BodyStatusRow, now: Date = new Date()): BodyStatus {
  const health = r.working ? 'WORKING' : r.lastHeldAt === null && r.dueBy > now ? 'NEW' : 'OVERDUE';
  return {
    health,
    working: r.working,
    lastHeldAt: r.lastHeldAt?.toISOString() ?? null,
    nextPlannedAt: r.nextPlannedAt?.toISOString() ?? null,
    dueBy: r.dueBy.toISOString(),
    overdueSince: health === 'OVERDUE' ? r.dueBy.toISOString() : null,
  };
}

function toSummary(r: repo.BodyStatusRow, manage: Scope): BodySummary {
  return {
    id: r.id,
    kind: bodyKindSchema.parse(r.kind),
    name: r.name,
    unit: { id: r.unitId, name: r.unitName, kind: unitKindSchema.parse(r.unitKind) },
    cadence: { value: r.cadenceValue, unit: cadenceUnitSchema.parse(r.cadenceUnit) },
    status: toStatus(r),
    memberCount: r.memberCount,
    canManage: inScope(manage, r.unitId),
  };
}

function isCurrent(m: { startDate: Date; endDate: Date | null }, today: string): boolean {
  return isoDate(m.startDate) <= today && (m.endDate === null || isoDate(m.endDate) >= today);
}

function toMember(m: repo.MemberRow, today: string): Member {
  return {
    id: m.id,
    person: { id: m.user.id, name: m.user.name },
    function: memberFunctionSchema.parse(m.function),
    functionOther: m.functionOther,
    startDate: isoDate(m.startDate),
    endDate: m.endDate ? isoDate(m.endDate) : null,
    current: isCurrent(m, today),
  };
}

/** The functions an education team lacks among its current members. */
export function missingFunctions(kind: BodyKind, members: Member[]): MemberFunction[] {
  if (kind !== 'TEAM') return [];
  const have = new Set(members.filter((m) => m.current).map((m) => m.function));
  return TEAM_REQUIRED_FUNCTIONS.filter((f) => !have.has(f));
}

// ---- bodies ----

export async function listBodies(ctx: AuthedCtx, q: BodyListQuery): Promise<BodySummary[]> {
  const manage = await manageScope(ctx);
  const read = await readScope(ctx, manage);
  let unitIds: Set<string> | undefined;
  if (q.unitId) unitIds = await descendantsOf(ctx.tx, ctx.tenantId, [q.unitId]);
  const rows = await repo.listBodyStatus(ctx.tx, ctx.tenantId, {
    visibleUnits: read === 'tenant' ? 'tenant' : [...read],
    memberUserId: ctx.principal.userId,
    unitIds: unitIds ? [...unitIds] : undefined,
    kind: q.kind,
  });
  const items = rows.map((r) => toSummary(r, manage));
  if (q.overdue === 'true') return items.filter((i) => i.status.health === 'OVERDUE');
  if (q.overdue === 'false') return items.filter((i) => i.status.health !== 'OVERDUE');
  return items;
}

export async function getBody(ctx: AuthedCtx, bodyId: string): Promise<BodyDetail> {
  const { body } = await bodyForRead(ctx, bodyId);
  const manage = await manageScope(ctx);
  const [status] = await repo.listBodyStatus(ctx.tx, ctx.tenantId, { visibleUnits: 'tenant', bodyIds: [body.id] });
  const today = todayInDenmark();
  const members = (await repo.listMembers(ctx.tx, ctx.tenantId, body.id)).map((m) => toMember(m, today));
  const meetings = await repo.listMeetingsOfBody(ctx.tx, ctx.tenantId, body.id);
  const kind = bodyKindSchema.parse(body.kind);
  return {
    ...toSummary(status!, manage),
    termsOfReference: body.termsOfReference,
    version: body.version,
    members,
    missingFunctions: missingFunctions(kind, members),
    meetings: meetings.map((m) => ({
      id: m.id,
      startsAt: m.startsAt.toISOString(),
      endsAt: m.endsAt.toISOString(),
      place: m.place,
      status: meetingStatusSchema.parse(m.status),
      openActionItems: m._count.actionItems,
    })),
  };
}

export async function createBody(
  ctx: AuthedCtx,
  d: {
    kind: BodyKind;
    unitId: string;
    name: string;
    cadence: { value: number; unit: string };
    termsOfReference: string;
  },
): Promise<BodyDetail> {
  const unit = await findUnit(ctx.tx, ctx.tenantId, d.unitId);
  const manage = await manageScope(ctx);
  // A unit of another tenant, or outside the caller's scope, looks like one that does not exist.
  if (!unit || !inScope(manage, unit.id)) throw notFound('The unit');
  if (unit.kind !== BODY_UNIT_KIND[d.kind]) {
    throw validation('body.unitId', `A body of this kind belongs to a ${BODY_UNIT_KIND[d.kind].toLowerCase()}`);
  }
  const created = await repo.createBody(ctx.tx, ctx.tenantId, {
    kind: d.kind,
    unitId: unit.id,
    name: d.name,
    cadenceValue: d.cadence.value,
    cadenceUnit: d.cadence.unit,
    termsOfReference: d.termsOfReference,
  });
  await ctx.audit({
    action: 'education-body.created',
    entityType: 'education_body',
    entityId: created.id,
    data: { kind: d.kind, unitId: unit.id },
  });
  return getBody(ctx, created.id);
}

export async function updateBody(
  ctx: AuthedCtx,
  bodyId: string,
  d: { name: string; cadence: { value: number; unit: string }; termsOfReference: string; version: number },
): Promise<BodyDetail> {
  const body = await bodyForManage(ctx, bodyId);
  const ok = await repo.updateBody(ctx.tx, ctx.tenantId, body.id, d.version, {
    name: d.name,
    cadenceValue: d.cadence.value,
    cadenceUnit: d.cadence.unit,
    termsOfReference: d.termsOfReference,
  });
  if (!ok) throw conflict('The education body');
  await ctx.audit({
    action: 'education-body.updated',
    entityType: 'education_body',
    entityId: body.id,
    data: { termsOfReferenceChanged: d.termsOfReference !== body.termsOfReference },
  });
  return getBody(ctx, body.id);
}

// ---- members ----

/** People who may be added: a role in force in the body's unit or below, or in the units above it. */
export async function memberCandidates(ctx: AuthedCtx, bodyId: string) {
  const body = await bodyForManage(ctx, bodyId);
  const below = await descendantsOf(ctx.tx, ctx.tenantId, [body.unitId]);
  const above = (await ancestorsOf(ctx.tx, ctx.tenantId, [body.unitId])).get(body.unitId) ?? new Set<string>();
  return repo.listUsersInUnits(ctx.tx, ctx.tenantId, [...new Set([...below, ...above])], day(todayInDenmark()));
}

export async function addMember(
  ctx: AuthedCtx,
  bodyId: string,
  d: {
    userId: string;
    function: MemberFunction;
    functionOther: string | null;
    startDate: string;
    endDate: string | null;
  },
): Promise<Member> {
  const body = await bodyForManage(ctx, bodyId);
  const user = await repo.findActiveUser(ctx.tx, ctx.tenantId, d.userId);
  if (!user) throw notFound('The person');
  const m = await repo.createMember(ctx.tx, ctx.tenantId, {
    bodyId: body.id,
    userId: user.id,
    function: d.function,
    functionOther: d.function === 'OTHER' ? d.functionOther : null,
    startDate: day(d.startDate),
    endDate: d.endDate ? day(d.endDate) : null,
  });
  await ctx.audit({
    action: 'education-body.member.added',
    entityType: 'education_body',
    entityId: body.id,
    data: { memberId: m.id, userId: user.id, function: d.function },
  });
  return toMember(m, todayInDenmark());
}

export async function updateMember(
  ctx: AuthedCtx,
  bodyId: string,
  memberId: string,
  d: { function: MemberFunction; functionOther: string | null; startDate: string; endDate: string | null },
): Promise<Member> {
  const body = await bodyForManage(ctx, bodyId);
  const existing = await repo.findMember(ctx.tx, ctx.tenantId, body.id, memberId);
  if (!existing) throw notFound('The member');
  await repo.updateMember(ctx.tx, ctx.tenantId, existing.id, {
    function: d.function,
    functionOther: d.function === 'OTHER' ? d.functionOther : null,
    startDate: day(d.startDate),
    endDate: d.endDate ? day(d.endDate) : null,
  });
  await ctx.audit({
    action: 'education-body.member.updated',
    entityType: 'education_body',
    entityId: body.id,
    data: { memberId: existing.id, function: d.function, endDate: d.endDate },
  });
  const m = await repo.findMember(ctx.tx, ctx.tenantId, body.id, existing.id);
  return toMember(m!, todayInDenmark());
}

// ---- meetings ----

function times(d: { date: string; startTime: string; endTime: string }) {
  return { startsAt: copenhagenToInstant(d.date, d.startTime), endsAt: copenhagenToInstant(d.date, d.endTime) };
}

export async function createMeeting(
  ctx: AuthedCtx,
  bodyId: string,
  d: { date: string; startTime: string; endTime: string; place: string; agenda: string[] },
): Promise<MeetingDetail> {
  const body = await bodyForManage(ctx, bodyId);
  const kind = bodyKindSchema.parse(body.kind);
  const standing = STANDING_AGENDA_ITEMS[kind];
  // The standing items come first; one typed in again by hand is not added twice.
  const own = d.agenda.filter((a) => !standing.includes(a));
  const created = await repo.createMeeting(ctx.tx, ctx.tenantId, {
    bodyId: body.id,
    ...times(d),
    place: d.place,
    agenda: [
      ...standing.map((title) => ({ title, standing: true })),
      ...own.map((title) => ({ title, standing: false })),
    ],
  });
  await ctx.audit({
    action: 'education-meeting.created',
    entityType: 'education_meeting',
    entityId: created.id,
    data: { bodyId: body.id },
  });
  return getMeeting(ctx, created.id);
}

export async function getMeeting(ctx: AuthedCtx, meetingId: string): Promise<MeetingDetail> {
  const { meeting, body, canManage } = await meetingForRead(ctx, meetingId);
  const start = instantToCopenhagen(meeting.startsAt);
  const end = instantToCopenhagen(meeting.endsAt);
  const members = await repo.listMembers(ctx.tx, ctx.tenantId, body.id);
  const recorded = new Map(meeting.attendances.map((a) => [a.memberId, a.status]));
  // Who is on the list: members on the meeting's date, and anyone already recorded.
  const attendance = members
    .filter((m) => recorded.has(m.id) || isCurrent(m, start.date))
    .map((m) => ({
      memberId: m.id,
      person: { id: m.user.id, name: m.user.name },
      function: memberFunctionSchema.parse(m.function),
      functionOther: m.functionOther,
      status: recorded.has(m.id) ? attendanceStatusSchema.parse(recorded.get(m.id)) : null,
    }));
  return {
    id: meeting.id,
    body: {
      id: body.id,
      kind: bodyKindSchema.parse(body.kind),
      name: body.name,
      unit: { id: body.unit.id, name: body.unit.name, kind: unitKindSchema.parse(body.unit.kind) },
    },
    startsAt: meeting.startsAt.toISOString(),
    endsAt: meeting.endsAt.toISOString(),
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    place: meeting.place,
    status: meetingStatusSchema.parse(meeting.status),
    version: meeting.version,
    agenda: meeting.agenda,
    minutes: meeting.minutes,
    decisions: meeting.decisions,
    minutesVersion: meeting.minutesVersion,
    attendance,
    actionItems: meeting.actionItems.map((a) => ({
      id: a.id,
      text: a.text,
      owner: a.owner,
      dueDate: a.dueDate ? isoDate(a.dueDate) : null,
      done: a.doneAt !== null,
      doneAt: a.doneAt?.toISOString() ?? null,
    })),
    canManage,
  };
}

export async function updateMeeting(
  ctx: AuthedCtx,
  meetingId: string,
  d: { date: string; startTime: string; endTime: string; place: string; agenda: string[]; version: number },
): Promise<MeetingDetail> {
  const { meeting } = await meetingForManage(ctx, meetingId);
  const standing = meeting.agenda.filter((a) => a.standing);
  const own = d.agenda.filter((a) => !standing.some((s) => s.title === a));
  const ok = await repo.updateMeetingDetails(
    ctx.tx,
    ctx.tenantId,
    meeting.id,
    d.version,
    { ...times(d), place: d.place, agenda: own },
    standing.length,
  );
  if (!ok) throw conflict('The meeting');
  await ctx.audit({ action: 'education-meeting.updated', entityType: 'education_meeting', entityId: meeting.id });
  return getMeeting(ctx, meeting.id);
}

export async function setMeetingStatus(
  ctx: AuthedCtx,
  meetingId: string,
  d: { status: 'PLANNED' | 'HELD' | 'CANCELLED'; version: number },
): Promise<MeetingDetail> {
  const { meeting } = await meetingForManage(ctx, meetingId);
  // A meeting can be marked held on its day or later, not before.
  if (d.status === 'HELD' && instantToCopenhagen(meeting.startsAt).date > todayInDenmark()) {
    throw validation('body.status', 'A meeting cannot be marked held before its date');
  }
  const ok = await repo.setMeetingStatus(ctx.tx, ctx.tenantId, meeting.id, d.version, d.status);
  if (!ok) throw conflict('The meeting');
  await ctx.audit({
    action: 'education-meeting.status-changed',
    entityType: 'education_meeting',
    entityId: meeting.id,
    data: { from: meeting.status, to: d.status },
  });
  return getMeeting(ctx, meeting.id);
}

export async function updateMinutes(
  ctx: AuthedCtx,
  meetingId: string,
  d: { minutes: string; decisions: string; minutesVersion: number },
): Promise<MeetingDetail> {
  const { meeting } = await meetingForManage(ctx, meetingId);
  const ok = await repo.updateMinutes(ctx.tx, ctx.tenantId, meeting.id, d.minutesVersion, d);
  if (!ok) throw conflict('The minutes');
  await ctx.audit({
    action: 'education-meeting.minutes-updated',
    entityType: 'education_meeting',
    entityId: meeting.id,
    data: { minutesVersion: d.minutesVersion + 1 },
  });
  return getMeeting(ctx, meeting.id);
}

export async function setAttendance(
  ctx: AuthedCtx,
  meetingId: string,
  entries: { memberId: string; status: 'PRESENT' | 'ABSENT' | 'EXCUSED' | null }[],
): Promise<MeetingDetail> {
  const { meeting, body } = await meetingForManage(ctx, meetingId);
  const members = new Set((await repo.listMembers(ctx.tx, ctx.tenantId, body.id)).map((m) => m.id));
  entries.forEach((e, i) => {
    if (!members.has(e.memberId)) throw validation(`body.entries.${i}.memberId`, 'Not a member of this body');
  });
  await repo.setAttendance(ctx.tx, ctx.tenantId, meeting.id, entries);
  await ctx.audit({
    action: 'education-meeting.attendance-recorded',
    entityType: 'education_meeting',
    entityId: meeting.id,
    data: { entries: entries.length },
  });
  return getMeeting(ctx, meeting.id);
}

export async function addActionItem(
  ctx: AuthedCtx,
  meetingId: string,
  d: { text: string; ownerId: string; dueDate: string | null },
): Promise<MeetingDetail> {
  const { meeting } = await meetingForManage(ctx, meetingId);
  const owner = await repo.findActiveUser(ctx.tx, ctx.tenantId, d.ownerId);
  if (!owner) throw validation('body.ownerId', 'Unknown person');
  const item = await repo.createActionItem(ctx.tx, ctx.tenantId, {
    meetingId: meeting.id,
    text: d.text,
    ownerId: owner.id,
    dueDate: d.dueDate ? day(d.dueDate) : null,
  });
  await ctx.audit({
    action: 'education-action-item.created',
    entityType: 'education_action_item',
    entityId: item.id,
    data: { meetingId: meeting.id, ownerId: owner.id },
  });
  return getMeeting(ctx, meeting.id);
}

/** Done/undone: by those who manage the body, or by the item's owner. */
export async function setActionItemDone(ctx: AuthedCtx, itemId: string, done: boolean): Promise<MeetingDetail> {
  const item = await repo.findActionItem(ctx.tx, ctx.tenantId, itemId);
  if (!item) throw notFound('The action item');
  let access: BodyAccess;
  try {
    access = await bodyForRead(ctx, item.meeting.bodyId);
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') throw notFound('The action item');
    throw e;
  }
  if (!access.canManage && item.ownerId !== ctx.principal.userId) throw new AppError('FORBIDDEN');
  await repo.setActionItemDone(ctx.tx, ctx.tenantId, item.id, done ? (item.doneAt ?? new Date()) : null);
  await ctx.audit({
    action: 'education-action-item.done-changed',
    entityType: 'education_action_item',
    entityId: item.id,
    data: { done },
  });
  return getMeeting(ctx, item.meetingId);
}

export async function myUpcomingMeetings(ctx: AuthedCtx) {
  const rows = await repo.listMyUpcomingMeetings(
    ctx.tx,
    ctx.tenantId,
    ctx.principal.userId,
    new Date(),
    day(todayInDenmark()),
  );
  return rows.map((m) => ({
    id: m.id,
    body: {
      id: m.body.id,
      kind: bodyKindSchema.parse(m.body.kind),
      name: m.body.name,
      unit: { id: m.body.unit.id, name: m.body.unit.name, kind: unitKindSchema.parse(m.body.unit.kind) },
    },
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    place: m.place,
  }));
}

// ---- calendar files ----

/** A stable UID per meeting, so a re-imported file updates the event instead of duplicating it. */
export const meetingUid = (meetingId: string) => `${meetingId}@uddannelsesportal.dk`;

function toIcs(
  body: { name: string; unit: { name: string } },
  meetings: { id: string; startsAt: Date; endsAt: Date; place: string; status: string }[],
  calName: string,
): string {
  // Times are written in UTC (DTSTART:…Z): every calendar shows them in its own zone, so a
  // meeting at 14:00 in Copenhagen appears at 14:00 there, also across daylight-saving changes.
  const { error, value } = ics.createEvents(
    meetings.map((m) => ({
      uid: meetingUid(m.id),
      start: m.startsAt.getTime(),
      end: m.endsAt.getTime(),
      startInputType: 'utc' as const,
      startOutputType: 'utc' as const,
      endInputType: 'utc' as const,
      endOutputType: 'utc' as const,
      title: `${body.name} – ${body.unit.name}`,
      ...(m.place ? { location: m.place } : {}),
      status: m.status === 'CANCELLED' ? ('CANCELLED' as const) : ('CONFIRMED' as const),
    })),
    { productId: 'uddannelsesportal/education-bodies', calName },
  );
  if (error || !value) throw new AppError('INTERNAL', { cause: error });
  return value;
}

export async function meetingIcs(ctx: AuthedCtx, meetingId: string): Promise<string> {
  const { meeting, body } = await meetingForRead(ctx, meetingId);
  return toIcs(body, [meeting], body.name);
}

export async function bodyIcs(ctx: AuthedCtx, bodyId: string): Promise<string> {
  const { body } = await bodyForRead(ctx, bodyId);
  const meetings = await repo.listUpcomingMeetingsOfBody(ctx.tx, ctx.tenantId, body.id, new Date());
  return toIcs(body, meetings, `${body.name} – ${body.unit.name}`);
}
