import {
  ACTIVITY_KINDS,
  todayInDenmark,
  type Activity,
  type ActivityStats,
  type ActivityStatsQuery,
  type ActivitySummary,
  type Attendance,
  type CreateActivity,
  type CreateRegistration,
  type FollowUpInput,
  type UpdateActivity,
  type UpdateReport,
} from '@portal/contracts';
import { AppError, notFound } from '../../lib/app-error.js';
import type { AuditInput } from '../../lib/route.js';
import type { Tx } from '../../lib/db.js';
import * as repo from './activities.repository.js';
import type { ActivityRow, ActivityScope, ListFilter } from './activities.repository.js';

/** What the use cases need: the request's transaction, tenant, the caller's scope and audit. */
export interface ActivityCtx {
  tx: Tx;
  tenantId: string;
  scope: ActivityScope;
  audit: (e: AuditInput) => Promise<void>;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', { errors: [{ path, message, code: 'custom' }] });

type UnitRef = { id: string; name: string; kind: string } | null;
const ref = (u: UnitRef) => (u ? { id: u.id, name: u.name, kind: u.kind as 'HOSPITAL' } : null);

function toSummary(
  a: Pick<
    ActivityRow,
    | 'id'
    | 'kind'
    | 'title'
    | 'startsOn'
    | 'endsOn'
    | 'place'
    | 'audience'
    | 'capacity'
    | 'state'
    | 'hospital'
    | 'department'
  >,
  counts: { registered: number; waitlisted: number },
): ActivitySummary {
  return {
    id: a.id,
    kind: a.kind as ActivitySummary['kind'],
    title: a.title,
    startsOn: isoDate(a.startsOn),
    endsOn: a.endsOn ? isoDate(a.endsOn) : null,
    place: a.place,
    audience: a.audience as ActivitySummary['audience'],
    capacity: a.capacity,
    state: a.state as ActivitySummary['state'],
    hospital: ref(a.hospital),
    department: ref(a.department),
    registeredCount: counts.registered,
    waitlistedCount: counts.waitlisted,
  };
}

function toActivity(a: ActivityRow): Activity {
  const registered = a.registrations.filter((r) => r.status === 'REGISTERED').length;
  const waitlisted = a.registrations.filter((r) => r.status === 'WAITLISTED').length;
  return {
    ...toSummary(a, { registered, waitlisted }),
    description: a.description,
    report: a.report,
    version: a.version,
    updatedAt: a.updatedAt.toISOString(),
    registrations: a.registrations.map((r) => ({
      id: r.id,
      userId: r.userId,
      name: r.user?.name ?? r.externalName ?? '',
      email: r.user?.email ?? r.externalEmail ?? '',
      department: r.externalDepartment,
      status: r.status as Activity['registrations'][number]['status'],
      attended: r.attended,
      registeredAt: r.createdAt.toISOString(),
    })),
    followUps: a.followUps.map((f) => ({
      id: f.id,
      text: f.text,
      owner: f.owner,
      ownerText: f.ownerText,
      dueOn: f.dueOn ? isoDate(f.dueOn) : null,
      done: f.done,
    })),
  };
}

async function load(c: ActivityCtx, id: string): Promise<ActivityRow> {
  const a = await repo.findActivity(c.tx, c.tenantId, c.scope, id);
  if (!a) throw notFound('The activity');
  return a;
}

export async function getActivity(c: ActivityCtx, id: string): Promise<Activity> {
  return toActivity(await load(c, id));
}

/** Loads the activity in scope and locks its row for the rest of the transaction. */
async function loadLocked(c: ActivityCtx, id: string): Promise<ActivityRow> {
  // Scope first (404 for out of scope), then the lock, then a fresh read under the lock.
  await load(c, id);
  await repo.lockActivity(c.tx, c.tenantId, id);
  return load(c, id);
}

/** Upcoming activities first (soonest first), then past ones (latest first). */
export async function listActivities(c: ActivityCtx, f: ListFilter): Promise<ActivitySummary[]> {
  if (f.unitId) await checkUnitInScope(c, f.unitId);
  const rows = await repo.listActivities(c.tx, c.tenantId, c.scope, f);
  const counts = await repo.registrationCounts(
    c.tx,
    c.tenantId,
    rows.map((r) => r.id),
  );
  const today = todayInDenmark();
  const items = rows.map((r) => toSummary(r, counts.get(r.id) ?? { registered: 0, waitlisted: 0 }));
  const upcoming = items.filter((a) => (a.endsOn ?? a.startsOn) >= today);
  const past = items.filter((a) => (a.endsOn ?? a.startsOn) < today).reverse();
  return [...upcoming, ...past];
}

async function checkUnitInScope(c: ActivityCtx, unitId: string) {
  const unit = await repo.unitInfo(c.tx, c.tenantId, unitId);
  if (!unit || (c.scope !== 'tenant' && !c.scope.has(unit.id))) throw notFound('The unit');
}

/**
 * The department of a department visit. For a hospital's activity: a department of that hospital
 * in the caller's scope (as before). For a GP area's activity: a department linked to the area's
 * GP training (the department itself lies outside the AMU's area, so no unit-scope check).
 */
async function checkDepartment(c: ActivityCtx, organiserId: string | null, departmentId: string | null) {
  if (!departmentId) return;
  const organiser = organiserId ? await repo.unitInfo(c.tx, c.tenantId, organiserId) : null;
  if (organiser?.kind === 'GP_AREA') {
    if (!(await repo.isLinkedToGpArea(c.tx, c.tenantId, organiser.id, departmentId)))
      throw invalid('body.departmentId', 'The department is not linked to the GP area’s general-practice training');
    return;
  }
  const dept = await repo.unitInfo(c.tx, c.tenantId, departmentId);
  if (!dept || (c.scope !== 'tenant' && !c.scope.has(dept.id))) throw notFound('The department');
  if (dept.kind !== 'DEPARTMENT') throw invalid('body.departmentId', 'Choose a department');
  if (organiserId && dept.parentId !== organiserId)
    throw invalid('body.departmentId', 'The department is not in the activity’s hospital');
}

/** Organisers of an activity: a hospital (its education centre) or a GP area (its AMU). */
const ORGANISER_KINDS = new Set(['HOSPITAL', 'GP_AREA']);

export async function createActivity(c: ActivityCtx, body: CreateActivity): Promise<Activity> {
  if (body.hospitalId === null) {
    if (c.scope !== 'tenant')
      throw invalid(
        'body.hospitalId',
        'Choose the hospital (region-wide activities are for the regional administrator)',
      );
  } else {
    const h = await repo.unitInfo(c.tx, c.tenantId, body.hospitalId);
    if (!h || (c.scope !== 'tenant' && !c.scope.has(h.id))) throw notFound('The hospital');
    if (!ORGANISER_KINDS.has(h.kind)) throw invalid('body.hospitalId', 'Choose a hospital or a GP area');
  }
  await checkDepartment(c, body.hospitalId, body.departmentId);
  const id = await repo.createActivity(c.tx, c.tenantId, body.hospitalId, body);
  await c.audit({
    action: 'activity.create',
    entityType: 'activity',
    entityId: id,
    data: { kind: body.kind, startsOn: body.startsOn, capacity: body.capacity },
  });
  return getActivity(c, id);
}

function conflict(current: ActivityRow) {
  return new AppError('CONFLICT', {
    detail: `The activity was changed by someone else (now version ${current.version}, changed ${current.updatedAt.toISOString()}). Reload to see the changes.`,
  });
}

export async function updateActivity(c: ActivityCtx, id: string, body: UpdateActivity): Promise<Activity> {
  const before = await loadLocked(c, id);
  if (before.version !== body.version) throw conflict(before);
  await checkDepartment(c, before.hospitalId, body.departmentId);
  const ok = await repo.updateActivity(c.tx, c.tenantId, id, body.version, body);
  if (!ok) throw conflict(await load(c, id));
  // More seats (or no limit any more): the waitlist moves up. Fewer seats never removes anyone.
  const promoted = await repo.fillFreeSeats(c.tx, c.tenantId, id, body.capacity);
  const changed = (
    ['kind', 'title', 'startsOn', 'endsOn', 'place', 'audience', 'capacity', 'description', 'state'] as const
  ).filter((k) => {
    const old = toActivity(before)[k];
    return old !== body[k];
  });
  await c.audit({
    action: 'activity.update',
    entityType: 'activity',
    entityId: id,
    data: { changed, version: body.version + 1, promoted },
  });
  return getActivity(c, id);
}

export async function updateReport(c: ActivityCtx, id: string, body: UpdateReport): Promise<Activity> {
  const before = await load(c, id);
  if (before.kind !== 'DEPARTMENT_VISIT') throw invalid('body.report', 'Only a department visit has a report');
  if (before.version !== body.version) throw conflict(before);
  const ok = await repo.updateReport(c.tx, c.tenantId, id, body.version, body.report);
  if (!ok) throw conflict(await load(c, id));
  await c.audit({
    action: 'activity.report',
    entityType: 'activity',
    entityId: id,
    data: { version: body.version + 1 },
  });
  return getActivity(c, id);
}

export async function register(c: ActivityCtx, id: string, body: CreateRegistration): Promise<Activity> {
  const a = await loadLocked(c, id);
  if (a.state === 'CANCELLED') throw invalid('params.activityId', 'The activity is cancelled');
  let who: Parameters<typeof repo.createRegistration>[4];
  if ('userId' in body) {
    const [person] = await repo.searchPeople(c.tx, c.tenantId, c.scope, { id: body.userId }, 1);
    if (!person) throw notFound('The person');
    who = { userId: person.id };
  } else {
    who = body;
  }
  const dup = await repo.findActiveRegistration(
    c.tx,
    c.tenantId,
    id,
    'userId' in who ? { userId: who.userId } : { email: who.email },
  );
  if (dup) throw new AppError('CONFLICT', { detail: 'This person is already registered or on the waitlist' });
  // The row lock above makes this count and the insert one step: the last seat goes to one request.
  const registered = await repo.countRegistered(c.tx, c.tenantId, id);
  const status = a.capacity === null || registered < a.capacity ? 'REGISTERED' : 'WAITLISTED';
  const regId = await repo.createRegistration(c.tx, c.tenantId, id, status, who);
  await c.audit({
    action: 'activity.register',
    entityType: 'activity_registration',
    entityId: regId,
    data: { activityId: id, status, external: !('userId' in who) },
  });
  return getActivity(c, id);
}

export async function cancelRegistration(c: ActivityCtx, id: string, registrationId: string): Promise<Activity> {
  const a = await loadLocked(c, id);
  const reg = await repo.findRegistration(c.tx, c.tenantId, id, registrationId);
  if (!reg) throw notFound('The registration');
  if (reg.status === 'CANCELLED') return toActivity(a);
  await repo.cancelRegistration(c.tx, c.tenantId, registrationId);
  const promoted = reg.status === 'REGISTERED' ? await repo.fillFreeSeats(c.tx, c.tenantId, id, a.capacity) : [];
  await c.audit({
    action: 'activity.registration.cancel',
    entityType: 'activity_registration',
    entityId: registrationId,
    data: { activityId: id, was: reg.status, promoted },
  });
  return getActivity(c, id);
}

export async function recordAttendance(c: ActivityCtx, id: string, body: Attendance): Promise<Activity> {
  const a = await loadLocked(c, id);
  if (a.state === 'CANCELLED') throw invalid('params.activityId', 'The activity is cancelled');
  if (isoDate(a.startsOn) > todayInDenmark())
    throw invalid('params.activityId', 'Attendance is recorded on or after the day of the activity');
  const ids = [...new Set(body.items.map((i) => i.registrationId))];
  if (ids.length !== body.items.length) throw invalid('body.items', 'A registration appears twice');
  const regs = new Map((await repo.registrationsOf(c.tx, c.tenantId, id, ids)).map((r) => [r.id, r.status] as const));
  const errors = body.items.flatMap((item, i) => {
    const status = regs.get(item.registrationId);
    if (!status)
      return [
        { path: `body.items.${i}.registrationId`, message: 'Not a registration of this activity', code: 'custom' },
      ];
    if (status !== 'REGISTERED')
      return [{ path: `body.items.${i}.attended`, message: 'Only registered participants can attend', code: 'custom' }];
    return [];
  });
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });
  for (const item of body.items) await repo.setAttendance(c.tx, c.tenantId, item.registrationId, item.attended);
  // Attendance recorded means the activity took place.
  await repo.markHeld(c.tx, c.tenantId, id);
  await c.audit({
    action: 'activity.attendance',
    entityType: 'activity',
    entityId: id,
    data: {
      attended: body.items.filter((i) => i.attended === true).length,
      absent: body.items.filter((i) => i.attended === false).length,
    },
  });
  return getActivity(c, id);
}

async function checkFollowUp(c: ActivityCtx, a: ActivityRow, body: FollowUpInput) {
  if (a.kind !== 'DEPARTMENT_VISIT') throw invalid('params.activityId', 'Only a department visit has follow-ups');
  if (body.ownerUserId) {
    const [person] = await repo.searchPeople(c.tx, c.tenantId, c.scope, { id: body.ownerUserId }, 1);
    if (!person) throw invalid('body.ownerUserId', 'The person was not found');
  }
}

export async function addFollowUp(c: ActivityCtx, id: string, body: FollowUpInput): Promise<Activity> {
  const a = await load(c, id);
  await checkFollowUp(c, a, body);
  const fid = await repo.createFollowUp(c.tx, c.tenantId, id, body);
  await c.audit({
    action: 'activity.follow-up.create',
    entityType: 'activity_follow_up',
    entityId: fid,
    data: { activityId: id },
  });
  return getActivity(c, id);
}

export async function updateFollowUp(
  c: ActivityCtx,
  id: string,
  followUpId: string,
  body: FollowUpInput,
): Promise<Activity> {
  const a = await load(c, id);
  await checkFollowUp(c, a, body);
  if (!(await repo.updateFollowUp(c.tx, c.tenantId, id, followUpId, body))) throw notFound('The follow-up');
  await c.audit({
    action: 'activity.follow-up.update',
    entityType: 'activity_follow_up',
    entityId: followUpId,
    data: { activityId: id, done: body.done },
  });
  return getActivity(c, id);
}

const OPTIONAL_STAT_KINDS = new Set<string>(['INTRO_MEETING', 'COURSE', 'KBU_INTRO_DAY', 'STAFF_MEETING']);

export async function stats(c: ActivityCtx, q: ActivityStatsQuery): Promise<ActivityStats> {
  if (q.unitId) await checkUnitInScope(c, q.unitId);
  const r = await repo.activityStats(c.tx, c.tenantId, { ...q, scope: c.scope });
  const byKind = new Map(r.byKind.map((k) => [k.kind, k]));
  return {
    from: q.from,
    to: q.to,
    supervisorsTrained: r.totals.supervisors_trained,
    departmentsVisited: r.totals.departments_visited,
    // Tutorcentret's five kinds always; the AMU's (intro meetings, courses) when any was held.
    byKind: ACTIVITY_KINDS.filter((kind) => !OPTIONAL_STAT_KINDS.has(kind) || byKind.has(kind)).map((kind) => ({
      kind,
      held: byKind.get(kind)?.held ?? 0,
      participants: byKind.get(kind)?.participants ?? 0,
    })),
    months: r.months.map((m) => ({
      month: m.month,
      held: m.held,
      participants: m.participants,
      supervisorsTrained: m.supervisors_trained,
    })),
  };
}

export async function searchParticipants(c: ActivityCtx, q: string) {
  return repo.searchPeople(c.tx, c.tenantId, c.scope, { text: q });
}
