import {
  expectationMeetingDueDate,
  MEETING_RECORD_FIELDS,
  todayInDenmark,
  type ConfirmMeetingInput,
  type CourseTrack,
  type ExpectationMeeting,
  type MeetingList,
  type MeetingListItem,
  type MeetingListQuery,
  type MeetingRecord,
  type MeetingState,
  type meetingListQuerySchema,
  type recordMeetingSchema,
  type scheduleMeetingSchema,
} from '@portal/contracts';
import type { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { AppError, forbidden, notFound } from '../../lib/app-error.js';
import type { AuthedCtx } from '../../lib/route.js';
import { courseAccess, visibleCoursesWhere, type CourseAccess } from '../courses/course-access.js';
import * as repo from './expectation-meetings.repository.js';

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const dateOnly = (s: string) => new Date(`${s}T00:00:00Z`);
const addDays = (s: string, n: number) => {
  const d = dateOnly(s);
  d.setUTCDate(d.getUTCDate() + n);
  return isoDate(d);
};

export function meetingState(
  m: {
    scheduledAt: Date | null;
    heldOn: Date | null;
    traineeConfirmedAt: Date | null;
    supervisorConfirmedAt: Date | null;
  } | null,
): MeetingState {
  if (!m) return 'NOT_SCHEDULED';
  if (m.heldOn && m.traineeConfirmedAt && m.supervisorConfirmedAt) return 'CONFIRMED';
  if (m.heldOn) return 'HELD';
  if (m.scheduledAt) return 'SCHEDULED';
  return 'NOT_SCHEDULED';
}

function dueOf(c: { track: string; startDate: Date; endDate: Date }): string {
  return expectationMeetingDueDate({
    track: c.track as CourseTrack,
    startDate: isoDate(c.startDate),
    endDate: isoDate(c.endDate),
  });
}

const mayEdit = (a: CourseAccess) => a.relations.has('main-supervisor') || a.relations.has('manager');

function toView(c: repo.CourseMeetingRow, a: CourseAccess, today: string): ExpectationMeeting {
  const m = c.expectationMeeting;
  const state = meetingState(m);
  const dueDate = dueOf(c);
  const held = Boolean(m?.heldOn);
  const active = c.cancelledAt === null;
  const record = Object.fromEntries(
    MEETING_RECORD_FIELDS.map((f) => [f, m?.[f] ?? null]),
  ) as ExpectationMeeting['record'];
  return {
    courseId: c.id,
    track: c.track as CourseTrack,
    startDate: isoDate(c.startDate),
    endDate: isoDate(c.endDate),
    cancelled: !active,
    trainee: c.trainee,
    mainSupervisor: c.supervisors[0]?.supervisor ?? null,
    unit: c.unit,
    dueDate,
    state,
    overdue: !held && today > dueDate,
    scheduledAt: m?.scheduledAt?.toISOString() ?? null,
    place: m?.place ?? null,
    heldOn: m?.heldOn ? isoDate(m.heldOn) : null,
    record,
    traineeConfirmation:
      m?.traineeConfirmedAt && m.traineeConfirmedBy
        ? { at: m.traineeConfirmedAt.toISOString(), by: m.traineeConfirmedBy }
        : null,
    supervisorConfirmation:
      m?.supervisorConfirmedAt && m.supervisorConfirmedBy
        ? { at: m.supervisorConfirmedAt.toISOString(), by: m.supervisorConfirmedBy }
        : null,
    version: m?.version ?? 0,
    updatedAt: m?.updatedAt.toISOString() ?? null,
    may: {
      schedule: active && mayEdit(a),
      record: active && mayEdit(a),
      confirmAsTrainee: active && held && a.relations.has('trainee') && !m?.traineeConfirmedAt,
      confirmAsSupervisor: active && held && a.relations.has('main-supervisor') && !m?.supervisorConfirmedAt,
    },
  };
}

async function load(ctx: AuthedCtx, courseId: string): Promise<repo.CourseMeetingRow> {
  const c = await repo.loadCourseMeeting(ctx.tx, ctx.tenantId, courseId);
  if (!c) throw notFound('The course');
  return c;
}

export async function getMeeting(ctx: AuthedCtx, courseId: string): Promise<ExpectationMeeting> {
  const access = await courseAccess(ctx, courseId);
  return toView(await load(ctx, courseId), access, todayInDenmark());
}

function conflict(c: repo.CourseMeetingRow) {
  const m = c.expectationMeeting;
  return new AppError('CONFLICT', {
    detail: m
      ? `The expectation meeting was changed by someone else (now version ${m.version}, changed ${m.updatedAt.toISOString()}). Reload to see the changes.`
      : 'The expectation meeting does not exist yet; reload.',
  });
}

/** Access, lock and version check shared by every change. */
async function prepareChange(ctx: AuthedCtx, courseId: string, version: number, who: 'editor' | 'confirmer') {
  const access = await courseAccess(ctx, courseId);
  if (who === 'editor' && !mayEdit(access)) throw forbidden();
  if (who === 'confirmer' && !access.relations.has('trainee') && !access.relations.has('main-supervisor')) {
    throw forbidden();
  }
  await repo.lockMeeting(ctx.tx, ctx.tenantId, courseId);
  const before = await load(ctx, courseId);
  if (before.cancelledAt) {
    throw new AppError('CONFLICT', { detail: 'The course is cancelled; its expectation meeting cannot be changed' });
  }
  if ((before.expectationMeeting?.version ?? 0) !== version) throw conflict(before);
  return { access, before };
}

async function write(
  ctx: AuthedCtx,
  courseId: string,
  before: repo.CourseMeetingRow,
  version: number,
  data: repo.MeetingChange,
) {
  if (before.expectationMeeting) {
    const ok = await repo.updateMeeting(ctx.tx, ctx.tenantId, courseId, version, data);
    if (!ok) throw conflict(await load(ctx, courseId));
  } else {
    await repo.createMeeting(ctx.tx, ctx.tenantId, courseId, data);
  }
}

export async function scheduleMeeting(
  ctx: AuthedCtx,
  courseId: string,
  body: z.output<typeof scheduleMeetingSchema>,
): Promise<ExpectationMeeting> {
  const { access, before } = await prepareChange(ctx, courseId, body.version, 'editor');
  await write(ctx, courseId, before, body.version, { scheduledAt: new Date(body.scheduledAt), place: body.place });
  await ctx.audit({
    action: 'expectation-meeting.schedule',
    entityType: 'course',
    entityId: courseId,
    data: { scheduledAt: body.scheduledAt },
  });
  return toView(await load(ctx, courseId), access, todayInDenmark());
}

export async function recordMeeting(
  ctx: AuthedCtx,
  courseId: string,
  body: z.output<typeof recordMeetingSchema>,
): Promise<ExpectationMeeting> {
  const today = todayInDenmark();
  if (body.heldOn > today) {
    throw new AppError('VALIDATION_FAILED', {
      errors: [{ path: 'body.heldOn', message: 'The meeting cannot be held in the future', code: 'future_date' }],
    });
  }
  const { access, before } = await prepareChange(ctx, courseId, body.version, 'editor');
  if (body.heldOn < addDays(isoDate(before.startDate), -60)) {
    throw new AppError('VALIDATION_FAILED', {
      errors: [{ path: 'body.heldOn', message: 'The date is long before the course starts', code: 'too_early' }],
    });
  }
  const m = before.expectationMeeting;
  const record: MeetingRecord = body.record;
  const changed =
    !m ||
    !m.heldOn ||
    isoDate(m.heldOn) !== body.heldOn ||
    MEETING_RECORD_FIELDS.some((f) => (m[f] ?? null) !== record[f]);
  const hadConfirmation = Boolean(m?.traineeConfirmedAt || m?.supervisorConfirmedAt);
  // What was confirmed is no longer what is written: both have to confirm again.
  const clear = changed && hadConfirmation;
  await write(ctx, courseId, before, body.version, {
    heldOn: dateOnly(body.heldOn),
    ...record,
    ...(clear
      ? {
          traineeConfirmedAt: null,
          traineeConfirmedById: null,
          supervisorConfirmedAt: null,
          supervisorConfirmedById: null,
        }
      : {}),
  });
  await ctx.audit({
    action: 'expectation-meeting.record',
    entityType: 'course',
    entityId: courseId,
    data: { heldOn: body.heldOn, confirmationsCleared: clear },
  });
  return toView(await load(ctx, courseId), access, today);
}

export async function confirmMeeting(
  ctx: AuthedCtx,
  courseId: string,
  body: ConfirmMeetingInput,
): Promise<ExpectationMeeting> {
  const { access, before } = await prepareChange(ctx, courseId, body.version, 'confirmer');
  const m = before.expectationMeeting;
  if (!m?.heldOn) {
    throw new AppError('CONFLICT', {
      detail: 'The meeting has not been recorded as held yet; there is nothing to confirm',
    });
  }
  const now = new Date();
  const me = ctx.principal.userId;
  const data: repo.MeetingChange = {};
  const as: string[] = [];
  if (access.relations.has('trainee') && !m.traineeConfirmedAt) {
    data.traineeConfirmedAt = now;
    data.traineeConfirmedById = me;
    as.push('trainee');
  }
  if (access.relations.has('main-supervisor') && !m.supervisorConfirmedAt) {
    data.supervisorConfirmedAt = now;
    data.supervisorConfirmedById = me;
    as.push('main-supervisor');
  }
  if (as.length === 0) throw new AppError('CONFLICT', { detail: 'You have already confirmed this record' });
  await write(ctx, courseId, before, body.version, data);
  await ctx.audit({ action: 'expectation-meeting.confirm', entityType: 'course', entityId: courseId, data: { as } });
  return toView(await load(ctx, courseId), access, todayInDenmark());
}

/**
 * Due and overdue meetings of the courses the caller may see (course-access.ts), sorted by due
 * date. The due date is computed (never stored), so the candidates are narrowed in SQL by what
 * the rule allows (a due date lies between the start and the start + 28 days) and the rest is
 * done here; a region has a few thousand active courses at most.
 */
export async function listMeetings(
  ctx: AuthedCtx,
  query: z.output<typeof meetingListQuerySchema>,
): Promise<MeetingList> {
  const today = todayInDenmark();
  const notHeld: Prisma.CourseWhereInput = {
    OR: [{ expectationMeeting: { is: null } }, { expectationMeeting: { is: { heldOn: null } } }],
  };
  const byFilter: Record<MeetingListQuery['state'] & string, Prisma.CourseWhereInput> = {
    open: notHeld,
    due: { AND: [notHeld, { startDate: { gte: dateOnly(addDays(today, -28)) } }] },
    overdue: { AND: [notHeld, { startDate: { lt: dateOnly(today) } }] },
    held: {
      expectationMeeting: {
        is: { heldOn: { not: null }, OR: [{ traineeConfirmedAt: null }, { supervisorConfirmedAt: null }] },
      },
    },
    all: {},
  };
  const rows = await repo.listCourses(ctx.tx, ctx.tenantId, {
    AND: [
      await visibleCoursesWhere(ctx),
      { cancelledAt: null, endDate: { gte: dateOnly(today) } },
      byFilter[query.state],
    ],
  });
  let items: MeetingListItem[] = rows.map((c) => {
    const m = c.expectationMeeting;
    const dueDate = dueOf(c);
    return {
      courseId: c.id,
      trainee: c.trainee,
      mainSupervisor: c.supervisors[0]?.supervisor ?? null,
      unit: c.unit,
      track: c.track as CourseTrack,
      startDate: isoDate(c.startDate),
      dueDate,
      state: meetingState(m),
      overdue: !m?.heldOn && today > dueDate,
      scheduledAt: m?.scheduledAt?.toISOString() ?? null,
    };
  });
  if (query.state === 'due') items = items.filter((i) => !i.overdue);
  if (query.state === 'overdue') items = items.filter((i) => i.overdue);
  items.sort(
    (a, b) =>
      a.dueDate.localeCompare(b.dueDate) ||
      a.trainee.name.localeCompare(b.trainee.name, 'da') ||
      a.courseId.localeCompare(b.courseId),
  );
  const start = (query.page - 1) * query.pageSize;
  return {
    items: items.slice(start, start + query.pageSize),
    total: items.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}
