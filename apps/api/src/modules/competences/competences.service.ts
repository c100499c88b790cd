import {
  COMPETENCE_STATUSES,
  TRAINEE_SETTABLE_STATUSES,
  todayInDenmark,
  UDDANNELSESLAEGE_URL,
  type AssessmentMethod,
  type CompetenceEvents,
  type CompetenceList,
  type CompetenceListSummary,
  type CompetenceProgress,
  type CompetenceStatus,
  type CourseCompetences,
  type CourseTrack,
  type DoctorRole,
  type MyCompetenceProgress,
  type ProgressCounts,
  type SetCompetenceStatus,
  type TraineeProgress,
} from '@portal/contracts';
import { AppError, forbidden, notFound } from '../../lib/app-error.js';
import type { AuthedCtx } from '../../lib/route.js';
import { inScope, unitsInScope } from '../auth/scope.js';
import { courseAccess, type CourseAccess } from '../courses/course-access.js';
import * as repo from './competences.repository.js';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const day = (s: string) => new Date(`${s}T00:00:00.000Z`);

function toSummary(r: repo.ListSummaryRow): CompetenceListSummary {
  return {
    id: r.id,
    track: r.track as CourseTrack,
    specialty: r.specialty,
    name: r.name,
    sourceUrl: r.sourceUrl,
    competenceCount: r._count.competences,
  };
}

function toCompetence(c: repo.CompetenceRow) {
  return {
    ...c,
    doctorRoles: c.doctorRoles as DoctorRole[],
    methods: c.methods as AssessmentMethod[],
  };
}

export async function listLists(ctx: AuthedCtx): Promise<CompetenceListSummary[]> {
  return (await repo.listLists(ctx.tx, ctx.tenantId)).map(toSummary);
}

export async function getList(ctx: AuthedCtx, listId: string): Promise<CompetenceList> {
  const l = await repo.getList(ctx.tx, ctx.tenantId, listId);
  if (!l) throw notFound('The competence list');
  return { ...toSummary(l), competences: l.competences.map(toCompetence) };
}

/** What the caller may set on the course: all statuses (supervisor, UAO/UKS), the trainee's, or none. */
export function settableStatuses(a: CourseAccess): CompetenceStatus[] {
  if (a.relations.has('supervisor') || a.relations.has('manager')) return [...COMPETENCE_STATUSES];
  if (a.relations.has('trainee')) return [...TRAINEE_SETTABLE_STATUSES];
  return [];
}

export function countsOf(total: number, inProgress: number, assessed: number, approved: number): ProgressCounts {
  return { total, notStarted: total - inProgress - assessed - approved, inProgress, assessed, approved };
}

async function header(ctx: AuthedCtx, courseId: string) {
  const h = await repo.courseHeader(ctx.tx, ctx.tenantId, courseId);
  if (!h) throw notFound('The course');
  return h;
}

export async function courseCompetences(ctx: AuthedCtx, courseId: string): Promise<CourseCompetences> {
  const access = await courseAccess(ctx, courseId);
  const h = await header(ctx, courseId);
  const course = {
    id: h.id,
    track: h.track as CourseTrack,
    specialty: h.specialty,
    trainee: { id: h.trainee_id, name: h.trainee_name },
    startDate: iso(h.start_date),
    endDate: iso(h.end_date),
  };
  const settable = settableStatuses(access);
  if (!h.list_id) {
    return {
      course,
      list: null,
      items: [],
      counts: countsOf(0, 0, 0, 0),
      settableStatuses: settable,
      officialUrl: UDDANNELSESLAEGE_URL,
    };
  }
  const [list, { competences, statuses }] = await Promise.all([
    repo.listSummary(ctx.tx, ctx.tenantId, h.list_id),
    repo.courseItems(ctx.tx, ctx.tenantId, courseId, h.list_id),
  ]);
  const byId = new Map(statuses.map((s) => [s.competenceId, s]));
  const items = competences.map((c) => {
    const s = byId.get(c.id);
    return {
      competence: toCompetence(c),
      status: (s?.status ?? 'NOT_STARTED') as CompetenceStatus,
      approvedOn: s?.approvedOn ? iso(s.approvedOn) : null,
      approvedBy: s?.approvedBy ?? null,
      updatedAt: s ? s.updatedAt.toISOString() : null,
      version: s?.version ?? 0,
    };
  });
  const n = (st: CompetenceStatus) => items.filter((i) => i.status === st).length;
  return {
    course,
    list: list ? toSummary(list) : null,
    items,
    counts: countsOf(items.length, n('IN_PROGRESS'), n('ASSESSED'), n('APPROVED')),
    settableStatuses: settable,
    officialUrl: UDDANNELSESLAEGE_URL,
  };
}

const invalid = (path: string, message: string, code = 'invalid') =>
  new AppError('VALIDATION_FAILED', { errors: [{ path, message, code }] });

/**
 * Sets a trainee's status on one competence. Rules:
 * - the competence must be on the list that applies to the course (400 otherwise);
 * - a supervisor of the course or the department's UAO/UKS may set any status; approving needs the
 *   date (not in the future, not before the course started) and records who approved;
 * - the trainee may only move a competence between NOT_STARTED and IN_PROGRESS, and never touch
 *   one that is assessed or approved (403);
 * - the edited version must be the current one (0 = never changed), else 409;
 * - every change is kept in competence_status_event and the audit log.
 */
export async function setStatus(
  ctx: AuthedCtx,
  courseId: string,
  competenceId: string,
  body: SetCompetenceStatus,
): Promise<CourseCompetences> {
  const access = await courseAccess(ctx, courseId);
  const settable = settableStatuses(access);
  if (settable.length === 0) throw forbidden();
  const h = await header(ctx, courseId);
  const competence = await repo.findCompetence(ctx.tx, ctx.tenantId, competenceId);
  if (!competence) throw notFound('The competence');
  if (competence.listId !== h.list_id)
    throw invalid('params.competenceId', "The competence is not on this course's competence list", 'not_on_list');
  if (!settable.includes(body.status))
    throw new AppError('FORBIDDEN', { detail: 'Only a supervisor of the course or the UAO/UKS may assess or approve' });
  if (body.approvedOn !== null) {
    if (body.approvedOn > todayInDenmark()) throw invalid('body.approvedOn', 'The approval date is in the future');
    if (body.approvedOn < iso(h.start_date))
      throw invalid('body.approvedOn', 'The approval date is before the course started');
  }
  const current = await repo.lockStatus(ctx.tx, ctx.tenantId, courseId, competenceId);
  const from = (current?.status ?? 'NOT_STARTED') as CompetenceStatus;
  const currentVersion = current?.version ?? 0;
  const conflict = () =>
    new AppError('CONFLICT', {
      detail: `The competence was changed by someone else: it is now ${from} (version ${currentVersion}). Reload to see the change.`,
    });
  if (currentVersion !== body.version) throw conflict();
  if (!settable.includes(from))
    throw new AppError('FORBIDDEN', { detail: 'An assessed or approved competence is changed by a supervisor' });
  const approvedOn = body.approvedOn ? day(body.approvedOn) : null;
  const unchanged =
    from === body.status && (current?.approved_on ? iso(current.approved_on) : null) === body.approvedOn;
  if (!unchanged) {
    const v = { courseId, competenceId, status: body.status, approvedOn, actorId: ctx.principal.userId };
    if (!current) await repo.insertStatus(ctx.tx, ctx.tenantId, v);
    else if (!(await repo.updateStatus(ctx.tx, ctx.tenantId, current.id, current.version, v))) throw conflict();
    await repo.insertEvent(ctx.tx, ctx.tenantId, { ...v, from, to: body.status });
    await ctx.audit({
      action: 'competence-status.set',
      entityType: 'course',
      entityId: courseId,
      data: { competenceId, from, to: body.status, approvedOn: body.approvedOn },
    });
  }
  return courseCompetences(ctx, courseId);
}

export async function events(ctx: AuthedCtx, courseId: string): Promise<CompetenceEvents> {
  await courseAccess(ctx, courseId);
  const rows = await repo.listEvents(ctx.tx, ctx.tenantId, courseId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      competence: r.competence,
      fromStatus: r.fromStatus as CompetenceStatus,
      toStatus: r.toStatus as CompetenceStatus,
      approvedOn: r.approvedOn ? iso(r.approvedOn) : null,
      actor: r.actor,
      at: r.createdAt.toISOString(),
    })),
  };
}

function toTraineeProgress(r: repo.CourseProgressRow): TraineeProgress {
  return {
    courseId: r.course_id,
    trainee: { id: r.trainee_id, name: r.trainee_name },
    track: r.track as CourseTrack,
    specialty: r.specialty,
    startDate: iso(r.start_date),
    endDate: iso(r.end_date),
    ...countsOf(r.total, r.in_progress, r.assessed, r.approved),
  };
}

/**
 * A department's progress (courses managed by the unit and active today), per track and per
 * trainee, aggregated in SQL. The unit must be in the caller's `courses:read` scope (404 otherwise).
 */
export async function departmentProgress(ctx: AuthedCtx, unitId: string): Promise<CompetenceProgress> {
  const scope = await unitsInScope(ctx, 'courses:read');
  const unit = await repo.unitRef(ctx.tx, ctx.tenantId, unitId);
  if (!unit || !inScope(scope, unit.id)) throw notFound('The unit');
  const filter = repo.departmentFilter(unitId, todayInDenmark());
  const [byTrack, trainees] = await Promise.all([
    repo.trackProgress(ctx.tx, ctx.tenantId, filter),
    repo.courseProgress(ctx.tx, ctx.tenantId, filter),
  ]);
  return {
    unit,
    byTrack: byTrack.map((t) => ({
      track: t.track as CourseTrack,
      courses: t.courses,
      ...countsOf(t.total, t.in_progress, t.assessed, t.approved),
    })),
    trainees: trainees.map(toTraineeProgress),
  };
}

/** The caller's own courses (as trainee) and the courses they supervise, not yet ended. */
export async function myProgress(ctx: AuthedCtx): Promise<MyCompetenceProgress> {
  const p = ctx.principal.permissions;
  const filter = repo.mineFilter(
    ctx.principal.userId,
    p.has('own-course:read'),
    p.has('supervision:write'),
    todayInDenmark(),
  );
  return { items: (await repo.courseProgress(ctx.tx, ctx.tenantId, filter)).map(toTraineeProgress) };
}
