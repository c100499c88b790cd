import type {
  createDefusingSchema,
  createTalkRequestSchema,
  createWellbeingMeetingSchema,
  resolveTalkRequestSchema,
} from '@portal/contracts';
import {
  MIN_AGGREGATE_ANSWERS,
  mayShowAggregate,
  shiftDateProblem,
  todayInDenmark,
  type Defusing,
  type DefusingOptions,
  type DepartmentWellbeing,
  type HospitalEvent,
  type Role,
  type ShiftKind,
  type TalkPersonRole,
  type TalkRequest,
  type TalkRequestState,
  type UnitKind,
  type WellbeingFigures,
  type WellbeingMeeting,
  type WellbeingOverview,
  type WellbeingPeriodQuery,
} from '@portal/contracts';
import type { z } from 'zod';
import { AppError, notFound } from '../../lib/app-error.js';
import type { AuthedCtx } from '../../lib/route.js';
import { inScope, unitsInScope } from '../auth/scope.js';
import { descendantsOf } from '../org/org.repository.js';
import * as repo from './wellbeing.repository.js';

/** The roles that may record a defusing together with a trainee of their department. */
const SENIOR_ROLES: readonly Role[] = ['SUPERVISOR', 'UAO', 'UKS'];

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const unitRef = (u: { id: string; name: string; kind: string }) => ({
  id: u.id,
  name: u.name,
  kind: u.kind as UnitKind,
});

function fieldError(path: string, message: string, code = 'custom') {
  return new AppError('VALIDATION_FAILED', { errors: [{ path, message, code }] });
}

/** The departments where the caller holds a senior role today (and the units below them). */
async function seniorUnits(ctx: AuthedCtx): Promise<Set<string>> {
  const units = ctx.principal.assignments
    .filter((a) => SENIOR_ROLES.includes(a.role) && a.unitId !== null)
    .map((a) => a.unitId!);
  return descendantsOf(ctx.tx, ctx.tenantId, units);
}

function groupTalkPersons(rows: repo.TalkPersonRow[]) {
  const byCourse = new Map<string, Map<string, { id: string; name: string; roles: TalkPersonRole[] }>>();
  for (const r of rows) {
    const people = byCourse.get(r.course_id) ?? new Map();
    byCourse.set(r.course_id, people);
    const p = people.get(r.user_id) ?? { id: r.user_id, name: r.name, roles: [] };
    if (!p.roles.includes(r.role)) p.roles.push(r.role);
    people.set(r.user_id, p);
  }
  return byCourse;
}

export async function options(ctx: AuthedCtx): Promise<DefusingOptions> {
  const today = todayInDenmark();
  const units = await seniorUnits(ctx);
  const courses = await repo.runningCourses(ctx.tx, ctx.tenantId, today, ctx.principal.userId, [...units]);
  const persons = groupTalkPersons(
    await repo.talkPersons(
      ctx.tx,
      ctx.tenantId,
      courses.map((c) => c.course_id),
      today,
    ),
  );
  return {
    today,
    courses: courses.map((c) => ({
      courseId: c.course_id,
      trainee: { id: c.trainee_id, name: c.trainee_name },
      unit: { id: c.unit_id, name: c.unit_name, kind: c.unit_kind as UnitKind },
      track: c.track,
      own: c.trainee_id === ctx.principal.userId,
      talkPersons: [...(persons.get(c.course_id)?.values() ?? [])],
    })),
  };
}

/**
 * The course a defusing or talk request is about, if the caller may act on it: their own, or (for
 * a senior) one of their department's. Anything else answers 404, like another tenant's course.
 */
async function courseForRecorder(ctx: AuthedCtx, courseId: string, allowSenior: boolean) {
  const course = await repo.courseById(ctx.tx, ctx.tenantId, courseId);
  if (!course) throw notFound('The course');
  if (course.trainee_id === ctx.principal.userId) return course;
  if (allowSenior && (await seniorUnits(ctx)).has(course.unit_id)) return course;
  throw notFound('The course');
}

async function checkTalkPerson(ctx: AuthedCtx, courseId: string, userId: string, path: string) {
  const allowed = await repo.talkPersons(ctx.tx, ctx.tenantId, [courseId], todayInDenmark());
  if (!allowed.some((p) => p.user_id === userId))
    throw fieldError(path, 'Choose one of the course’s supervisors or the department’s UAO or UKS');
}

const formatDate = (iso: string, locale: string) => {
  const [y, m, d] = iso.split('-');
  return locale === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
};

/**
 * The e-mail to the chosen person. It names the trainee and the department and links to the list;
 * it carries neither the trainee's message nor any defusing answer (those stay in the portal).
 */
export function composeTalkRequestMail(
  m: { recipientName: string; traineeName: string; unitName: string; locale: string; today: string },
  publicUrl: string,
): { subject: string; body: string } {
  const en = m.locale === 'en';
  const link = `${publicUrl}/talk-requests`;
  const subject = en
    ? `Request for a follow-up talk: ${m.traineeName}`
    : `Ønske om opfølgende samtale: ${m.traineeName}`;
  const body = [
    en ? `Dear ${m.recipientName},` : `Kære ${m.recipientName}`,
    '',
    en
      ? `${m.traineeName} (${m.unitName}) would like a follow-up talk with you (requested ${formatDate(m.today, 'en')}).`
      : `${m.traineeName} (${m.unitName}) vil gerne have en opfølgende samtale med dig (ønsket ${formatDate(m.today, 'da')}).`,
    en
      ? 'Please get in touch, and mark the request as held or passed on in the portal.'
      : 'Tag gerne kontakt, og markér ønsket som holdt eller videregivet i portalen.',
    '',
    en ? `See the request: ${link}` : `Se ønsket: ${link}`,
    '',
    en ? 'Uddannelsesportalen (automatic message)' : 'Uddannelsesportalen (automatisk besked)',
  ].join('\n');
  return { subject, body };
}

async function createTalkRequestRow(
  ctx: AuthedCtx,
  course: repo.CourseRow,
  defusingId: string | null,
  requestedOfId: string,
  message: string | null,
  publicUrl: string,
): Promise<string> {
  const id = await repo.insertTalkRequest(ctx.tx, ctx.tenantId, {
    courseId: course.course_id,
    traineeId: course.trainee_id,
    unitId: course.unit_id,
    defusingId,
    requestedOfId,
    message,
  });
  const to = await repo.userContact(ctx.tx, ctx.tenantId, requestedOfId);
  if (to) {
    const today = todayInDenmark();
    await repo.insertNotification(ctx.tx, ctx.tenantId, {
      userId: to.id,
      courseId: course.course_id,
      today,
      toAddress: to.email,
      ...composeTalkRequestMail(
        {
          recipientName: to.name,
          traineeName: course.trainee_name,
          unitName: course.unit_name,
          locale: to.locale,
          today,
        },
        publicUrl,
      ),
    });
  }
  await ctx.audit({
    action: 'talk-request.create',
    entityType: 'talk_request',
    entityId: id,
    data: { courseId: course.course_id, requestedOfId, withDefusing: defusingId !== null },
  });
  return id;
}

export async function createDefusing(
  ctx: AuthedCtx,
  body: z.output<typeof createDefusingSchema>,
  publicUrl: string,
): Promise<Defusing> {
  const course = await courseForRecorder(ctx, body.courseId, true);
  const today = todayInDenmark();
  const shiftDate = body.shiftDate ?? today;
  const problem = shiftDateProblem(shiftDate, today);
  if (problem === 'FUTURE') throw fieldError('body.shiftDate', 'The shift date must not be in the future');
  if (problem === 'TOO_OLD') throw fieldError('body.shiftDate', 'The shift date must be within the last 14 days');
  if (shiftDate < course.start_date || shiftDate > course.end_date)
    throw fieldError('body.shiftDate', 'The shift date must be within the course');
  if (body.talkRequest)
    await checkTalkPerson(ctx, course.course_id, body.talkRequest.requestedOfId, 'body.talkRequest.requestedOfId');
  const id = await repo.insertDefusing(ctx.tx, ctx.tenantId, {
    courseId: course.course_id,
    traineeId: course.trainee_id,
    unitId: course.unit_id,
    recordedById: ctx.principal.userId,
    shiftDate,
    shiftKind: body.shiftKind,
    howWent: body.howWent,
    hadChallenges: body.hadChallenges,
    challengesNote: body.challengesNote,
    otherNote: body.otherNote,
  });
  // Audited without the answers: the fact, the course and who recorded it are enough.
  await ctx.audit({
    action: 'defusing.create',
    entityType: 'defusing',
    entityId: id,
    data: { courseId: course.course_id, withTrainee: course.trainee_id !== ctx.principal.userId },
  });
  if (body.talkRequest)
    await createTalkRequestRow(ctx, course, id, body.talkRequest.requestedOfId, body.talkRequest.message, publicUrl);
  return getDefusing(ctx, id);
}

function mapTalkRequest(r: repo.TalkRequestRow): TalkRequest {
  return {
    id: r.id,
    courseId: r.courseId,
    trainee: r.trainee,
    unit: unitRef(r.unit),
    requestedOf: r.requestedOf,
    defusingId: r.defusingId,
    shiftDate: r.defusing ? isoDate(r.defusing.shiftDate) : null,
    message: r.message,
    state: r.state as TalkRequestState,
    heldOn: r.heldOn ? isoDate(r.heldOn) : null,
    resolutionNote: r.resolutionNote,
    resolvedAt: r.resolvedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    version: r.version,
  };
}

function mapDefusing(d: repo.DefusingRow): Defusing {
  const tr = d.talkRequests[0];
  return {
    id: d.id,
    courseId: d.courseId,
    trainee: d.trainee,
    unit: unitRef(d.unit),
    recordedBy: d.recordedBy,
    shiftDate: isoDate(d.shiftDate),
    shiftKind: d.shiftKind as ShiftKind | null,
    howWent: d.howWent,
    hadChallenges: d.hadChallenges,
    challengesNote: d.challengesNote,
    otherNote: d.otherNote,
    createdAt: d.createdAt.toISOString(),
    talkRequest: tr ? mapTalkRequest(tr) : null,
  };
}

/** A defusing: only its trainee and the senior who recorded it with them; everyone else 404. */
export async function getDefusing(ctx: AuthedCtx, id: string): Promise<Defusing> {
  const d = await repo.defusingForParty(ctx.tx, ctx.tenantId, id, ctx.principal.userId);
  if (!d) throw notFound('The defusing');
  return mapDefusing(d);
}

export async function myDefusings(ctx: AuthedCtx) {
  const rows = await repo.defusingsOfTrainee(ctx.tx, ctx.tenantId, ctx.principal.userId);
  return { items: rows.map(mapDefusing) };
}

export async function createTalkRequest(
  ctx: AuthedCtx,
  body: z.output<typeof createTalkRequestSchema>,
  publicUrl: string,
): Promise<TalkRequest> {
  // On its own, a talk request is the trainee's own wish: only for their own course.
  const course = await courseForRecorder(ctx, body.courseId, false);
  await checkTalkPerson(ctx, course.course_id, body.requestedOfId, 'body.requestedOfId');
  const id = await createTalkRequestRow(ctx, course, null, body.requestedOfId, body.message, publicUrl);
  const r = await repo.talkRequestById(ctx.tx, ctx.tenantId, id);
  return mapTalkRequest(r!);
}

export async function talkRequestsToMe(ctx: AuthedCtx, q: { state: 'open' | 'all' }) {
  const rows = await repo.talkRequestsAddressedTo(ctx.tx, ctx.tenantId, ctx.principal.userId, q.state === 'open');
  return { items: rows.map(mapTalkRequest) };
}

export async function myTalkRequests(ctx: AuthedCtx) {
  const rows = await repo.talkRequestsOfTrainee(ctx.tx, ctx.tenantId, ctx.principal.userId);
  return { items: rows.map(mapTalkRequest) };
}

export async function resolveTalkRequest(
  ctx: AuthedCtx,
  id: string,
  body: z.output<typeof resolveTalkRequestSchema>,
): Promise<TalkRequest> {
  const locked = await repo.lockTalkRequest(ctx.tx, ctx.tenantId, id, ctx.principal.userId);
  if (!locked) throw notFound('The talk request');
  if (locked.version !== body.version) {
    const current = await repo.talkRequestById(ctx.tx, ctx.tenantId, id);
    const c = mapTalkRequest(current!);
    throw new AppError('CONFLICT', {
      detail: `The request was changed meanwhile (now version ${c.version}, status ${c.state}${c.heldOn ? `, talk held ${c.heldOn}` : ''}). Reload to see it.`,
    });
  }
  if (body.outcome === 'HELD' && body.heldOn! > todayInDenmark())
    throw fieldError('body.heldOn', 'The talk date must not be in the future');
  await repo.resolveTalkRequest(ctx.tx, ctx.tenantId, id, {
    state: body.outcome,
    heldOn: body.heldOn,
    note: body.note,
  });
  await ctx.audit({
    action: 'talk-request.resolve',
    entityType: 'talk_request',
    entityId: id,
    data: { outcome: body.outcome, heldOn: body.heldOn },
  });
  const r = await repo.talkRequestById(ctx.tx, ctx.tenantId, id);
  return mapTalkRequest(r!);
}

// ---- Aggregates ---------------------------------------------------------------------------

const MAX_MONTHS = 36;

function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}

function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}

export function period(q: WellbeingPeriodQuery): { from: string; to: string } {
  const to = q.to ?? todayInDenmark().slice(0, 7);
  const from = q.from ?? addMonths(to, -5);
  if (from > to) throw fieldError('query.from', 'from must not be after to');
  if (monthsBetween(from, to) > MAX_MONTHS) throw fieldError('query.from', `At most ${MAX_MONTHS} months at a time`);
  return { from, to };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

const WITHHELD: WellbeingFigures = {
  shown: false,
  defusings: null,
  meanHowWent: null,
  distribution: null,
  challengesShare: null,
  talkRequests: null,
};

/** The figures of a group, or none at all below MIN_AGGREGATE_ANSWERS ("for få svar"). */
function figures(n: number, sum: number, dist: number[], challenges: number, talks: number): WellbeingFigures {
  if (!mayShowAggregate(n)) return WITHHELD;
  return {
    shown: true,
    defusings: n,
    meanHowWent: round1(sum / n),
    distribution: dist,
    challengesShare: round3(challenges / n),
    talkRequests: talks,
  };
}

async function departmentInScope(ctx: AuthedCtx, unitId: string) {
  const scope = await unitsInScope(ctx, 'wellbeing:read');
  const unit = await repo.unitById(ctx.tx, ctx.tenantId, unitId);
  if (!unit || unit.kind !== 'DEPARTMENT' || !inScope(scope, unit.id)) throw notFound('The department');
  return unit;
}

/** Only the department's own UAO/UKS record its well-being meetings. */
async function mayRecordMeeting(ctx: AuthedCtx, unitId: string): Promise<boolean> {
  const units = ctx.principal.assignments
    .filter((a) => (a.role === 'UAO' || a.role === 'UKS') && a.unitId !== null)
    .map((a) => a.unitId!);
  return (await descendantsOf(ctx.tx, ctx.tenantId, units)).has(unitId);
}

const yearBounds = () => {
  const y = todayInDenmark().slice(0, 4);
  return { from: new Date(`${y}-01-01T00:00:00Z`), to: new Date(`${y}-12-31T00:00:00Z`) };
};

function mapMeeting(m: Awaited<ReturnType<typeof repo.meetingsOfUnit>>[number]): WellbeingMeeting {
  return {
    id: m.id,
    unit: unitRef(m.unit),
    heldOn: isoDate(m.heldOn),
    attended: m.attended,
    themes: m.themes,
    note: m.note,
    createdAt: m.createdAt.toISOString(),
  };
}

export async function departmentWellbeing(
  ctx: AuthedCtx,
  unitId: string,
  q: WellbeingPeriodQuery,
): Promise<DepartmentWellbeing> {
  const unit = await departmentInScope(ctx, unitId);
  const { from, to } = period(q);
  const rows = await repo.monthFigures(ctx.tx, ctx.tenantId, [unit.id], `${from}-01`, `${to}-01`);
  const year = yearBounds();
  const hospital = unit.parent && unit.parent.kind === 'HOSPITAL' ? unit.parent : null;
  const [meetings, events] = await Promise.all([
    repo.meetingsOfUnit(ctx.tx, ctx.tenantId, unit.id, year.from, year.to),
    hospital ? repo.hospitalEvents(ctx.tx, ctx.tenantId, hospital.id, year.from, year.to) : Promise.resolve([]),
  ]);
  return {
    unit: unitRef(unit),
    hospital: hospital ? unitRef(hospital) : null,
    from,
    to,
    minAnswers: MIN_AGGREGATE_ANSWERS,
    months: rows.map((r) => ({
      month: r.month,
      ...figures(
        r.defusings,
        (r.mean_how_went ?? 0) * r.defusings,
        [r.d1, r.d2, r.d3, r.d4, r.d5],
        r.challenges,
        r.talk_requests,
      ),
    })),
    meetings: meetings.map(mapMeeting),
    hospitalEvents: events.map((e): HospitalEvent => ({
      id: e.id,
      kind: e.kind as HospitalEvent['kind'],
      title: e.title,
      startsOn: isoDate(e.startsOn),
      state: e.state,
    })),
    canRecordMeeting: await mayRecordMeeting(ctx, unit.id),
  };
}

export async function overview(ctx: AuthedCtx, q: WellbeingPeriodQuery): Promise<WellbeingOverview> {
  const { from, to } = period(q);
  const scope = await unitsInScope(ctx, 'wellbeing:read');
  const departments = await repo.departmentsIn(ctx.tx, ctx.tenantId, scope);
  const rows = await repo.periodFigures(
    ctx.tx,
    ctx.tenantId,
    departments.map((d) => d.id),
    `${from}-01`,
    `${to}-01`,
    MIN_AGGREGATE_ANSWERS,
  );
  const byUnit = new Map(rows.map((r) => [r.unit_id, r]));
  return {
    from,
    to,
    minAnswers: MIN_AGGREGATE_ANSWERS,
    items: departments.map((d) => {
      const r = byUnit.get(d.id);
      const f =
        r && r.shown_months > 0
          ? figures(r.defusings, r.sum_how_went, [r.d1, r.d2, r.d3, r.d4, r.d5], r.challenges, r.talk_requests)
          : WITHHELD;
      return { unit: unitRef(d), hospital: d.parent ? unitRef(d.parent) : null, ...f };
    }),
  };
}

export async function createMeeting(
  ctx: AuthedCtx,
  unitId: string,
  body: z.output<typeof createWellbeingMeetingSchema>,
): Promise<WellbeingMeeting> {
  const unit = await departmentInScope(ctx, unitId);
  if (!(await mayRecordMeeting(ctx, unit.id))) throw new AppError('FORBIDDEN');
  if (body.heldOn > todayInDenmark()) throw fieldError('body.heldOn', 'A well-being meeting is recorded once held');
  const m = await repo.insertMeeting(ctx.tx, ctx.tenantId, {
    unitId: unit.id,
    heldOn: body.heldOn,
    attended: body.attended,
    themes: body.themes,
    note: body.note,
    createdById: ctx.principal.userId,
  });
  await ctx.audit({
    action: 'wellbeing-meeting.create',
    entityType: 'wellbeing_meeting',
    entityId: m.id,
    data: { unitId: unit.id, heldOn: body.heldOn, attended: body.attended },
  });
  return mapMeeting(m);
}
