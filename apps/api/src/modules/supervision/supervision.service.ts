import {
  FEEDBACK_SILENCE_DAYS,
  SUPERVISION_EDIT_WINDOW_DAYS,
  feedbackDaysBefore,
  todayInDenmark,
  type CourseTimeline,
  type CourseTimelineEntry,
  type CreateFeedback,
  type CreatedFeedbackRequest,
  type FeedbackContext,
  type FeedbackEntry,
  type FeedbackRequestDetail,
  type FeedbackRequestSummary,
  type MyFeedback,
  type MyTrainees,
  type SupervisionEntry,
  type UpdateFeedback,
} from '@portal/contracts';
import type { z } from 'zod';
import type { createFeedbackRequestSchema, supervisionFieldsSchema } from '@portal/contracts';
import { AppError, notFound } from '../../lib/app-error.js';
import type { AuthedCtx } from '../../lib/route.js';
import { unitsInScope } from '../auth/scope.js';
import { courseAccess, mayReadContent, type CourseAccess } from '../courses/course-access.js';
import type { Mailer } from '../people-admin/mailer.js';
import * as repo from './supervision.repository.js';

type SupervisionInput = z.output<typeof supervisionFieldsSchema>;
type RequestInput = z.output<typeof createFeedbackRequestSchema>;

const fieldError = (path: string, message: string, code = 'invalid') =>
  new AppError('VALIDATION_FAILED', { errors: [{ path, message, code }] });

// ---------------------------------------------------------------------------------------------
// Access

async function accessOrNull(ctx: AuthedCtx, courseId: string): Promise<CourseAccess | null> {
  try {
    return await courseAccess(ctx, courseId);
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') return null;
    throw err;
  }
}

/**
 * "Another doctor": holds supervision:write (e.g. a vejleder of the department) in a scope that
 * covers the course's unit or one of its placements, without being one of its supervisors. They
 * may give feedback, and read back only what they wrote.
 */
async function isOtherDoctor(ctx: AuthedCtx, course: repo.SupervisionCourse): Promise<boolean> {
  if (!ctx.principal.permissions.has('supervision:write')) return false;
  if (course.traineeId === ctx.principal.userId) return false;
  const scope = await unitsInScope(ctx, 'supervision:write');
  if (scope === 'tenant') return true;
  return [course.unitId, ...course.placements.map((p) => p.unitId)].some((u) => scope.has(u));
}

function isSupervisorOf(ctx: AuthedCtx, course: repo.SupervisionCourse): boolean {
  return (
    ctx.principal.permissions.has('supervision:write') &&
    course.supervisors.some((s) => s.supervisorId === ctx.principal.userId)
  );
}

async function loadCourse(ctx: AuthedCtx, courseId: string) {
  const course = await repo.findCourseForSupervision(ctx.tx, ctx.tenantId, courseId);
  if (!course) throw notFound('The course');
  return course;
}

/** Who may write feedback on the course: its supervisors, or another doctor in scope; else 404. */
async function feedbackWriter(ctx: AuthedCtx, courseId: string) {
  const course = await loadCourse(ctx, courseId);
  if (isSupervisorOf(ctx, course)) return { course, relation: 'SUPERVISOR' as const };
  if (await isOtherDoctor(ctx, course)) return { course, relation: 'OTHER_DOCTOR' as const };
  throw notFound('The course');
}

function assertWritable(course: repo.SupervisionCourse) {
  if (course.cancelledAt) throw new AppError('CONFLICT', { detail: 'The course is cancelled' });
}

function checkDate(path: string, date: string, course: repo.SupervisionCourse) {
  const today = todayInDenmark();
  if (date > today) throw fieldError(path, 'The date is in the future', 'future_date');
  if (date < repo.isoOf(course.startDate))
    throw fieldError(path, 'The date is before the course started', 'before_start');
}

// ---------------------------------------------------------------------------------------------
// Mapping

function mayEdit(ctx: AuthedCtx, authorId: string, createdAt: Date): boolean {
  return (
    authorId === ctx.principal.userId &&
    Date.now() - createdAt.getTime() < SUPERVISION_EDIT_WINDOW_DAYS * 24 * 3600 * 1000
  );
}

function feedbackEntry(ctx: AuthedCtx, r: repo.FeedbackRow): FeedbackEntry {
  return {
    kind: 'FEEDBACK',
    id: r.id,
    date: repo.isoOf(r.givenOn),
    author: { id: r.giver.id, name: r.giver.name },
    createdAt: r.createdAt.toISOString(),
    version: r.version,
    mayEdit: mayEdit(ctx, r.giverId, r.createdAt),
    setting: r.setting as FeedbackEntry['setting'],
    wentWell: r.wentWell,
    toImprove: r.toImprove,
    nextStep: r.nextStep,
    requestId: r.requestId,
  };
}

function supervisionEntry(ctx: AuthedCtx, r: repo.SupervisionRow): SupervisionEntry {
  return {
    kind: 'SUPERVISION',
    id: r.id,
    date: repo.isoOf(r.occurredOn),
    author: { id: r.supervisor.id, name: r.supervisor.name },
    createdAt: r.createdAt.toISOString(),
    version: r.version,
    mayEdit: mayEdit(ctx, r.supervisorId, r.createdAt),
    setting: r.setting as SupervisionEntry['setting'],
    supervised: r.supervised,
    nextSteps: r.nextSteps,
    competences: r.competences
      .map((c) => c.competence)
      .sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code))
      .map(({ id, code, title }) => ({ id, code, title })),
  };
}

function requestSummary(r: repo.RequestRow): FeedbackRequestSummary {
  return {
    id: r.id,
    courseId: r.courseId,
    state: r.state as FeedbackRequestSummary['state'],
    message: r.message,
    supervisor: r.supervisor ? { id: r.supervisor.id, name: r.supervisor.name } : null,
    createdAt: r.createdAt.toISOString(),
    answeredFeedbackId: r.answers[0]?.id ?? null,
  };
}

// ---------------------------------------------------------------------------------------------
// The supervisor's list

export async function myTrainees(ctx: AuthedCtx): Promise<MyTrainees> {
  const today = todayInDenmark();
  const since = feedbackDaysBefore(today, FEEDBACK_SILENCE_DAYS);
  const rows = await repo.myTrainees(ctx.tx, ctx.tenantId, ctx.principal.userId, today, since);
  return {
    today,
    items: rows.map((r) => ({
      courseId: r.course_id,
      trainee: { id: r.trainee_id, name: r.trainee_name },
      track: r.track as MyTrainees['items'][number]['track'],
      specialtyName: r.specialty_name,
      unit: { id: r.unit_id, name: r.unit_name },
      startDate: repo.isoOf(r.start_date),
      endDate: repo.isoOf(r.end_date),
      isMain: r.is_main,
      lastFeedbackOn: r.last_feedback_on ? repo.isoOf(r.last_feedback_on) : null,
      feedbackLast4Weeks: r.feedback_4w,
      noFeedback4Weeks: r.no_feedback,
      openRequests: r.open_requests,
      firstOpenRequestId: r.first_open_request_id,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Timeline

function encodeCursor(k: repo.TimelineKey): string {
  return Buffer.from(JSON.stringify([k.date, k.createdAt.toISOString(), k.id])).toString('base64url');
}
function decodeCursor(cursor: string): repo.TimelineKey {
  const bad = () => fieldError('query.cursor', 'The cursor is not valid', 'invalid_cursor');
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(v) || v.length !== 3 || !v.every((x) => typeof x === 'string')) throw bad();
  const [date, created, id] = v as [string, string, string];
  const createdAt = new Date(created);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
    Number.isNaN(createdAt.getTime()) ||
    Number.isNaN(new Date(`${date}T00:00:00Z`).getTime()) ||
    !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)
  )
    throw bad();
  return { date, createdAt, id };
}

/**
 * Who reads what: the trainee, the course's supervisors and the department's supervision readers
 * (mayReadContent) read every record; another doctor who wrote on the course reads only their own
 * records; anyone else gets 404.
 */
export async function timeline(
  ctx: AuthedCtx,
  courseId: string,
  q: { cursor?: string | undefined; limit: number },
): Promise<CourseTimeline> {
  const after = q.cursor ? decodeCursor(q.cursor) : null;
  const access = await accessOrNull(ctx, courseId);
  let scope: CourseTimeline['scope'];
  if (access && mayReadContent(access)) {
    scope = 'ALL';
  } else {
    // Another doctor who wrote on the course reads back their own records; a vejleder of the
    // department who never did gets 404 like anyone else without a relation to the course.
    await loadCourse(ctx, courseId);
    if (await repo.hasAuthored(ctx.tx, ctx.tenantId, courseId, ctx.principal.userId)) scope = 'OWN';
    else throw notFound('The course');
  }
  const keys = await repo.timelineKeys(ctx.tx, ctx.tenantId, courseId, {
    after,
    limit: q.limit + 1,
    authorId: scope === 'OWN' ? ctx.principal.userId : null,
  });
  const page = keys.slice(0, q.limit);
  const [fb, sv] = await Promise.all([
    repo.feedbackByIds(
      ctx.tx,
      ctx.tenantId,
      page.filter((k) => k.kind === 'FEEDBACK').map((k) => k.id),
    ),
    repo.supervisionByIds(
      ctx.tx,
      ctx.tenantId,
      page.filter((k) => k.kind === 'SUPERVISION').map((k) => k.id),
    ),
  ]);
  const fMap = new Map(fb.map((r) => [r.id, r]));
  const sMap = new Map(sv.map((r) => [r.id, r]));
  const items: CourseTimelineEntry[] = [];
  for (const k of page) {
    if (k.kind === 'FEEDBACK') {
      const r = fMap.get(k.id);
      if (r) items.push(feedbackEntry(ctx, r));
    } else {
      const r = sMap.get(k.id);
      if (r) items.push(supervisionEntry(ctx, r));
    }
  }
  const last = page.at(-1);
  return {
    scope,
    items,
    nextCursor:
      keys.length > q.limit && last
        ? encodeCursor({ date: repo.isoOf(last.d), createdAt: last.created_at, id: last.id })
        : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Entry context

export async function feedbackContext(ctx: AuthedCtx, courseId: string): Promise<FeedbackContext> {
  const { course, relation } = await feedbackWriter(ctx, courseId);
  const [competences, requests] = await Promise.all([
    relation === 'SUPERVISOR'
      ? repo.competencesForCourse(ctx.tx, ctx.tenantId, course.track, course.specialtyId)
      : Promise.resolve([]),
    relation === 'SUPERVISOR'
      ? repo.openRequestsOfCourses(ctx.tx, ctx.tenantId, [course.id], ctx.principal.userId)
      : Promise.resolve([]),
  ]);
  return {
    courseId: course.id,
    trainee: { id: course.trainee.id, name: course.trainee.name },
    track: course.track as FeedbackContext['track'],
    unitName: course.unit.name,
    relation,
    competences,
    openRequests: requests.map(requestSummary),
  };
}

// ---------------------------------------------------------------------------------------------
// Feedback

export async function createFeedback(ctx: AuthedCtx, courseId: string, body: CreateFeedback): Promise<FeedbackEntry> {
  const { course, relation } = await feedbackWriter(ctx, courseId);
  assertWritable(course);
  checkDate('body.givenOn', body.givenOn, course);
  const requestId = body.requestId ?? null;
  if (requestId) {
    const req = await repo.findRequest(ctx.tx, ctx.tenantId, requestId);
    if (
      !req ||
      req.courseId !== course.id ||
      relation !== 'SUPERVISOR' ||
      (req.supervisorId !== null && req.supervisorId !== ctx.principal.userId)
    )
      throw fieldError('body.requestId', 'The request is not one you can answer on this course', 'unknown_request');
    await repo.lockRequest(ctx.tx, ctx.tenantId, requestId);
    if ((await repo.setRequestState(ctx.tx, ctx.tenantId, requestId, 'ANSWERED')) === 0)
      throw new AppError('CONFLICT', { detail: 'The request has already been answered or was cancelled' });
  }
  const row = await repo.createFeedback(ctx.tx, ctx.tenantId, course.id, ctx.principal.userId, body, requestId);
  await ctx.audit({
    action: 'feedback.created',
    entityType: 'feedback_record',
    entityId: row.id,
    data: {
      courseId: course.id,
      givenOn: body.givenOn,
      setting: body.setting,
      relation,
      requestId,
      concern: body.concern ?? false,
    },
  });
  return feedbackEntry(ctx, row);
}

/** The author's own record within the edit window; 404 for anyone else (or another tenant). */
function assertOwnEditable(ctx: AuthedCtx, authorId: string, createdAt: Date) {
  if (authorId !== ctx.principal.userId) throw notFound('The record');
  if (!mayEdit(ctx, authorId, createdAt))
    throw new AppError('CONFLICT', {
      detail: `The record can only be changed within ${SUPERVISION_EDIT_WINDOW_DAYS} days of being written`,
    });
}

function staleConflict(current: { version: number }) {
  return new AppError('CONFLICT', {
    detail: `The record was changed in the meantime (now version ${current.version}). Reload to see the changes.`,
  });
}

export async function updateFeedback(ctx: AuthedCtx, id: string, body: UpdateFeedback): Promise<FeedbackEntry> {
  const before = await repo.findFeedback(ctx.tx, ctx.tenantId, id);
  if (!before) throw notFound('The record');
  assertOwnEditable(ctx, before.giverId, before.createdAt);
  const course = await loadCourse(ctx, before.courseId);
  checkDate('body.givenOn', body.givenOn, course);
  if ((await repo.updateFeedback(ctx.tx, ctx.tenantId, id, body.version, body)) === 0) {
    throw staleConflict((await repo.findFeedback(ctx.tx, ctx.tenantId, id)) ?? before);
  }
  await ctx.audit({
    action: 'feedback.updated',
    entityType: 'feedback_record',
    entityId: id,
    data: { courseId: before.courseId },
  });
  return feedbackEntry(ctx, (await repo.findFeedback(ctx.tx, ctx.tenantId, id))!);
}

export async function deleteFeedback(ctx: AuthedCtx, id: string, version: number): Promise<void> {
  const before = await repo.findFeedback(ctx.tx, ctx.tenantId, id);
  if (!before) throw notFound('The record');
  assertOwnEditable(ctx, before.giverId, before.createdAt);
  if (before.requestId)
    throw new AppError('CONFLICT', { detail: 'A feedback that answered a request cannot be deleted; edit it instead' });
  if ((await repo.deleteFeedback(ctx.tx, ctx.tenantId, id, version)) === 0) throw staleConflict(before);
  await ctx.audit({
    action: 'feedback.deleted',
    entityType: 'feedback_record',
    entityId: id,
    data: { courseId: before.courseId },
  });
}

// ---------------------------------------------------------------------------------------------
// Supervision

async function checkCompetences(ctx: AuthedCtx, course: repo.SupervisionCourse, ids: string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return unique;
  const allowed = new Set(
    (await repo.competencesForCourse(ctx.tx, ctx.tenantId, course.track, course.specialtyId)).map((c) => c.id),
  );
  if (!unique.every((id) => allowed.has(id)))
    throw fieldError('body.competenceIds', "A competence is not on the course's competence list", 'unknown_competence');
  return unique;
}

export async function createSupervision(
  ctx: AuthedCtx,
  courseId: string,
  body: SupervisionInput,
): Promise<SupervisionEntry> {
  const course = await loadCourse(ctx, courseId);
  // Only the course's supervisors record supervision; to anyone else the course does not exist.
  if (!isSupervisorOf(ctx, course)) throw notFound('The course');
  assertWritable(course);
  checkDate('body.occurredOn', body.occurredOn, course);
  const competenceIds = await checkCompetences(ctx, course, body.competenceIds);
  const id = await repo.createSupervision(ctx.tx, ctx.tenantId, course.id, ctx.principal.userId, {
    ...body,
    competenceIds,
  });
  await ctx.audit({
    action: 'supervision.created',
    entityType: 'supervision_record',
    entityId: id,
    data: {
      courseId: course.id,
      occurredOn: body.occurredOn,
      setting: body.setting,
      competences: competenceIds.length,
    },
  });
  return supervisionEntry(ctx, (await repo.findSupervision(ctx.tx, ctx.tenantId, id))!);
}

export async function updateSupervision(
  ctx: AuthedCtx,
  id: string,
  body: SupervisionInput & { version: number },
): Promise<SupervisionEntry> {
  const before = await repo.findSupervision(ctx.tx, ctx.tenantId, id);
  if (!before) throw notFound('The record');
  assertOwnEditable(ctx, before.supervisorId, before.createdAt);
  const course = await loadCourse(ctx, before.courseId);
  checkDate('body.occurredOn', body.occurredOn, course);
  const competenceIds = await checkCompetences(ctx, course, body.competenceIds);
  if ((await repo.updateSupervision(ctx.tx, ctx.tenantId, id, body.version, { ...body, competenceIds })) === 0)
    throw staleConflict((await repo.findSupervision(ctx.tx, ctx.tenantId, id)) ?? before);
  await ctx.audit({
    action: 'supervision.updated',
    entityType: 'supervision_record',
    entityId: id,
    data: { courseId: before.courseId },
  });
  return supervisionEntry(ctx, (await repo.findSupervision(ctx.tx, ctx.tenantId, id))!);
}

export async function deleteSupervision(ctx: AuthedCtx, id: string, version: number): Promise<void> {
  const before = await repo.findSupervision(ctx.tx, ctx.tenantId, id);
  if (!before) throw notFound('The record');
  assertOwnEditable(ctx, before.supervisorId, before.createdAt);
  if ((await repo.deleteSupervision(ctx.tx, ctx.tenantId, id, version)) === 0) throw staleConflict(before);
  await ctx.audit({
    action: 'supervision.deleted',
    entityType: 'supervision_record',
    entityId: id,
    data: { courseId: before.courseId },
  });
}

// ---------------------------------------------------------------------------------------------
// The trainee's side

export async function myFeedback(ctx: AuthedCtx): Promise<MyFeedback> {
  const courses = await repo.currentCoursesOfTrainee(ctx.tx, ctx.tenantId, ctx.principal.userId, todayInDenmark());
  const requests = await repo.openRequestsOfCourses(
    ctx.tx,
    ctx.tenantId,
    courses.map((c) => c.id),
  );
  const out: MyFeedback['courses'] = [];
  for (const c of courses) {
    const latest = await repo.latestFeedback(ctx.tx, ctx.tenantId, c.id);
    out.push({
      courseId: c.id,
      track: c.track as MyFeedback['courses'][number]['track'],
      unitName: c.unit.name,
      startDate: repo.isoOf(c.startDate),
      endDate: repo.isoOf(c.endDate),
      supervisors: c.supervisors.map((s) => ({ id: s.supervisor.id, name: s.supervisor.name, isMain: s.isMain })),
      latestFeedback: latest ? feedbackEntry(ctx, latest) : null,
      openRequests: requests.filter((r) => r.courseId === c.id).map(requestSummary),
    });
  }
  return { courses: out };
}

function requestMail(o: { traineeName: string; link: string; locale: string }) {
  if (o.locale === 'en')
    return {
      subject: `${o.traineeName} asks for feedback`,
      text: `${o.traineeName} has asked you for feedback in Uddannelsesportalen.\n\nGive the feedback here:\n${o.link}\n\nThe link opens the feedback form for the trainee (sign in first).`,
    };
  return {
    subject: `${o.traineeName} beder om feedback`,
    text: `${o.traineeName} har bedt dig om feedback i Uddannelsesportalen.\n\nGiv feedback her:\n${o.link}\n\nLinket åbner feedbackskemaet for uddannelseslægen (log ind først).`,
  };
}

export async function createRequest(
  ctx: AuthedCtx,
  body: RequestInput,
  opts: { mailer: Mailer | null; baseUrl: string },
): Promise<CreatedFeedbackRequest> {
  const course = await repo.findCourseForSupervision(ctx.tx, ctx.tenantId, body.courseId);
  // Only one's own course; anyone else's (or another tenant's) does not exist.
  if (!course || course.traineeId !== ctx.principal.userId) throw notFound('The course');
  assertWritable(course);
  if (course.supervisors.length === 0)
    throw fieldError('body.courseId', 'The course has no supervisors yet', 'no_supervisors');
  const asked = body.supervisorId ? course.supervisors.find((s) => s.supervisorId === body.supervisorId) : null;
  if (body.supervisorId && !asked)
    throw fieldError('body.supervisorId', 'Choose one of the supervisors of the course', 'not_a_supervisor');
  const open = await repo.openRequestsOfCourses(ctx.tx, ctx.tenantId, [course.id]);
  if (open.some((r) => r.supervisorId === (body.supervisorId ?? null)))
    throw new AppError('CONFLICT', { detail: 'You already have an open request for feedback to this supervisor' });
  const row = await repo.createRequest(ctx.tx, ctx.tenantId, {
    courseId: course.id,
    askedById: ctx.principal.userId,
    supervisorId: body.supervisorId ?? null,
    message: body.message,
  });
  let emailed = false;
  if (opts.mailer) {
    const link = `${opts.baseUrl}/feedback/requests/${row.id}`;
    const recipients = asked ? [asked] : course.supervisors;
    try {
      for (const r of recipients) {
        await opts.mailer.send({
          to: r.supervisor.email,
          ...requestMail({ traineeName: course.trainee.name, link, locale: r.supervisor.locale }),
        });
      }
      emailed = true;
    } catch (err) {
      // The request stands and shows in the supervisors' lists.
      ctx.req.log?.warn({ err }, 'feedback request e-mail could not be sent');
    }
  }
  await ctx.audit({
    action: 'feedback-request.created',
    entityType: 'feedback_request',
    entityId: row.id,
    data: { courseId: course.id, supervisorId: body.supervisorId ?? null, emailed },
  });
  return { ...requestSummary(row), emailed };
}

export async function cancelRequest(ctx: AuthedCtx, requestId: string): Promise<FeedbackRequestSummary> {
  const req = await repo.findRequest(ctx.tx, ctx.tenantId, requestId);
  if (!req || req.askedById !== ctx.principal.userId) throw notFound('The request');
  await repo.lockRequest(ctx.tx, ctx.tenantId, requestId);
  if ((await repo.setRequestState(ctx.tx, ctx.tenantId, requestId, 'CANCELLED')) === 0)
    throw new AppError('CONFLICT', { detail: 'The request has already been answered or was cancelled' });
  await ctx.audit({
    action: 'feedback-request.cancelled',
    entityType: 'feedback_request',
    entityId: requestId,
    data: { courseId: req.courseId },
  });
  return requestSummary((await repo.findRequest(ctx.tx, ctx.tenantId, requestId))!);
}

/** A request as a supervisor of its course opens it (from the e-mailed link or their list). */
export async function getRequest(ctx: AuthedCtx, requestId: string): Promise<FeedbackRequestDetail> {
  const req = await repo.findRequest(ctx.tx, ctx.tenantId, requestId);
  if (!req) throw notFound('The request');
  const course = await repo.findCourseForSupervision(ctx.tx, ctx.tenantId, req.courseId);
  if (!course || !isSupervisorOf(ctx, course)) throw notFound('The request');
  if (req.supervisorId !== null && req.supervisorId !== ctx.principal.userId) throw notFound('The request');
  return { ...requestSummary(req), trainee: { id: req.askedBy.id, name: req.askedBy.name } };
}
