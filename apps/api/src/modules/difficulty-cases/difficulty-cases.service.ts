import {
  todayInDenmark,
  type AddReader,
  type CaseAccessLog,
  type CaseDetail,
  type CaseList,
  type CaseLogAction,
  type CaseNote,
  type CaseNotes,
  type CasePlan,
  type CasePlanVersion,
  type CaseReaders,
  type CloseCase,
  type OpenCase,
  type WriteNote,
  type WritePlan,
} from '@portal/contracts';
import { AppError, forbidden, notFound } from '../../lib/app-error.js';
import type { AuthedCtx } from '../../lib/route.js';
import { courseAccess } from '../courses/course-access.js';
import { caseForReader, isWriter, mayReadNotes, readableCases, type ReadableCase } from './case-readers.js';
import * as repo from './difficulty-cases.repository.js';

/**
 * The confidential case on a trainee in difficulty. Every route first asks case-readers.ts whether
 * the caller may read the case (404 if not), then audits the read or the write on the case's id
 * (entityType 'difficulty-case'; data without free text or names), so the access log is complete.
 */

const iso = (d: Date) => d.toISOString().slice(0, 10);
const day = (s: string) => new Date(`${s}T00:00:00.000Z`);
const ENTITY = 'difficulty-case';

function fieldError(path: string, message: string) {
  return new AppError('VALIDATION_FAILED', { errors: [{ path, message, code: 'custom' }] });
}

async function audit(ctx: AuthedCtx, action: CaseLogAction, caseId: string, data: Record<string, unknown> = {}) {
  await ctx.audit({ action, entityType: ENTITY, entityId: caseId, data });
}

const read = (ctx: AuthedCtx, caseId: string, part: string) => audit(ctx, 'difficulty-case.read', caseId, { part });

/** A writer (UAO, hovedvejleder, cheflæge) on an open case; 403 for another reader, 409 once closed. */
function assertWriter(c: ReadableCase, opts: { allowClosed?: boolean } = {}) {
  if (!isWriter(c)) throw forbidden();
  if (c.state !== 'OPEN' && !opts.allowClosed)
    throw new AppError('CONFLICT', { detail: 'The case is closed and can no longer be changed' });
}

export async function list(ctx: AuthedCtx): Promise<CaseList> {
  const cases = await readableCases(ctx.tx, ctx.tenantId, ctx.principal.userId);
  if (cases.length === 0) return { items: [] };
  const details = new Map(
    (
      await repo.listDetails(
        ctx.tx,
        ctx.tenantId,
        cases.map((c) => c.id),
      )
    ).map((d) => [d.id, d]),
  );
  await ctx.audit({ action: 'difficulty-case.list', entityType: ENTITY, data: { count: cases.length } });
  return {
    items: cases.map((c) => {
      const d = details.get(c.id)!;
      return {
        id: c.id,
        courseId: c.courseId,
        trainee: d.course.trainee,
        unit: d.course.unit,
        state: c.state,
        openedOn: iso(c.openedOn),
        closedOn: c.closedOn ? iso(c.closedOn) : null,
        relations: c.relations,
      };
    }),
  };
}

async function detailOf(ctx: AuthedCtx, c: ReadableCase): Promise<CaseDetail> {
  const d = (await repo.caseDetail(ctx.tx, ctx.tenantId, c.id))!;
  return {
    id: d.id,
    course: {
      id: d.course.id,
      track: d.course.track as CaseDetail['course']['track'],
      startDate: iso(d.course.startDate),
      endDate: iso(d.course.endDate),
      unit: d.course.unit,
    },
    trainee: d.course.trainee,
    cause: d.cause as CaseDetail['cause'],
    description: d.description,
    openedOn: iso(d.openedOn),
    openedBy: d.openedBy,
    state: d.state as CaseDetail['state'],
    closedOn: d.closedOn ? iso(d.closedOn) : null,
    closingSummary: d.closingSummary,
    version: d.version,
    relations: c.relations,
    mayWrite: isWriter(c) && d.state === 'OPEN',
    mayReadNotes: mayReadNotes(c),
  };
}

export async function get(ctx: AuthedCtx, caseId: string): Promise<CaseDetail> {
  const c = await caseForReader(ctx, caseId);
  await read(ctx, c.id, 'case');
  return detailOf(ctx, c);
}

/**
 * Opens a case: the course's UAO (of its department) or hovedvejleder. A course the caller cannot
 * see answers 404; one they see without being UAO/hovedvejleder 403; a second open case 409.
 */
export async function open(ctx: AuthedCtx, body: OpenCase): Promise<CaseDetail> {
  await courseAccess(ctx, body.courseId);
  const course = await repo.courseForOpening(ctx.tx, ctx.tenantId, body.courseId, ctx.principal.userId);
  if (!course) throw notFound('The course');
  if (!course.is_uao && !course.is_main) throw forbidden();
  if (course.cancelled) throw fieldError('body.courseId', 'The course is cancelled');
  if (body.openedOn > todayInDenmark()) throw fieldError('body.openedOn', 'The date cannot be in the future');
  if (await repo.openCaseOnCourse(ctx.tx, ctx.tenantId, body.courseId))
    throw new AppError('CONFLICT', { detail: 'A case is already open on this course' });
  const { id } = await repo.createCase(ctx.tx, ctx.tenantId, {
    courseId: body.courseId,
    cause: body.cause,
    description: body.description,
    openedOn: day(body.openedOn),
    openedById: ctx.principal.userId,
  });
  await audit(ctx, 'difficulty-case.open', id, { cause: body.cause });
  return detailOf(ctx, await caseForReader(ctx, id));
}

function mapPlan(p: Awaited<ReturnType<typeof repo.planVersions>>[number]): CasePlanVersion {
  return {
    id: p.id,
    version: p.version,
    meetingDate: iso(p.meetingDate),
    participants: p.participants as CasePlanVersion['participants'],
    goals: p.goals,
    actions: p.actions,
    support: p.support,
    followUpDates: p.followUpDates.map(iso),
    author: p.author,
    createdAt: p.createdAt.toISOString(),
  };
}

export async function plan(ctx: AuthedCtx, caseId: string): Promise<CasePlan> {
  const c = await caseForReader(ctx, caseId);
  const versions = (await repo.planVersions(ctx.tx, ctx.tenantId, c.id)).map(mapPlan);
  await read(ctx, c.id, 'plan');
  return { current: versions[0] ?? null, versions };
}

/** A new plan version (append-only); `basedOnVersion` not the latest → 409 with the current plan. */
export async function writePlan(ctx: AuthedCtx, caseId: string, body: WritePlan): Promise<CasePlanVersion> {
  const c = await caseForReader(ctx, caseId);
  assertWriter(c);
  const latest = await repo.latestPlanVersion(ctx.tx, ctx.tenantId, c.id);
  if (body.basedOnVersion !== latest)
    throw new AppError('CONFLICT', {
      detail: `The plan was changed by someone else: the current version is ${latest}. Reload to see it.`,
    });
  const followUps = [...new Set(body.followUpDates)].sort();
  const created = await repo.createPlan(ctx.tx, ctx.tenantId, {
    caseId: c.id,
    version: latest + 1,
    meetingDate: day(body.meetingDate),
    participants: body.participants,
    goals: body.goals,
    actions: body.actions,
    support: body.support,
    followUpDates: followUps.map(day),
    authorId: ctx.principal.userId,
  });
  await audit(ctx, 'difficulty-case.plan-write', c.id, { version: latest + 1 });
  return mapPlan(created);
}

function mapNote(n: Awaited<ReturnType<typeof repo.notes>>[number]): CaseNote {
  return {
    id: n.id,
    writtenOn: iso(n.writtenOn),
    author: n.author,
    text: n.text,
    createdAt: n.createdAt.toISOString(),
  };
}

/** The follow-up notes: every reader but the trainee, for whom they do not exist (404). */
export async function notes(ctx: AuthedCtx, caseId: string): Promise<CaseNotes> {
  const c = await caseForReader(ctx, caseId);
  if (!mayReadNotes(c)) throw notFound('The notes');
  const items = (await repo.notes(ctx.tx, ctx.tenantId, c.id)).map(mapNote);
  await read(ctx, c.id, 'notes');
  return { items };
}

export async function writeNote(ctx: AuthedCtx, caseId: string, body: WriteNote): Promise<CaseNote> {
  const c = await caseForReader(ctx, caseId);
  assertWriter(c);
  if (body.writtenOn > todayInDenmark()) throw fieldError('body.writtenOn', 'The date cannot be in the future');
  const n = await repo.createNote(ctx.tx, ctx.tenantId, {
    caseId: c.id,
    writtenOn: day(body.writtenOn),
    text: body.text,
    authorId: ctx.principal.userId,
  });
  await audit(ctx, 'difficulty-case.note-write', c.id);
  return mapNote(n);
}

export async function readers(ctx: AuthedCtx, caseId: string): Promise<CaseReaders> {
  const c = await caseForReader(ctx, caseId);
  const [automatic, added] = await Promise.all([
    repo.automaticReaders(ctx.tx, ctx.tenantId, c.id),
    repo.addedReaders(ctx.tx, ctx.tenantId, c.id),
  ]);
  await read(ctx, c.id, 'readers');
  return {
    automatic: automatic.map((r) => ({ user: { id: r.id, name: r.name }, kind: r.kind })),
    added: added.map((r) => ({
      id: r.id,
      user: r.user,
      reason: r.reason,
      addedBy: r.addedBy,
      addedAt: r.addedAt.toISOString(),
    })),
  };
}

/** Adds a reader by e-mail with a reason (UAO, hovedvejleder, cheflæge; open case). */
export async function addReader(ctx: AuthedCtx, caseId: string, body: AddReader): Promise<CaseReaders> {
  const c = await caseForReader(ctx, caseId);
  assertWriter(c);
  const user = await repo.userByEmail(ctx.tx, ctx.tenantId, body.email);
  if (!user) throw fieldError('body.email', 'No active user in the portal has this e-mail address');
  if (user.id === c.traineeId) throw fieldError('body.email', 'The trainee reads the case already');
  if (await repo.currentReaderEntry(ctx.tx, ctx.tenantId, c.id, user.id))
    throw new AppError('CONFLICT', { detail: 'This person has been added already' });
  await repo.addReader(ctx.tx, ctx.tenantId, {
    caseId: c.id,
    userId: user.id,
    reason: body.reason,
    addedById: ctx.principal.userId,
  });
  await audit(ctx, 'difficulty-case.reader-add', c.id, { readerUserId: user.id });
  return readers(ctx, c.id);
}

/** Removes an added reader (also on a closed case: removing access is always allowed). */
export async function removeReader(ctx: AuthedCtx, caseId: string, readerId: string): Promise<void> {
  const c = await caseForReader(ctx, caseId);
  assertWriter(c, { allowClosed: true });
  const entry = await repo.readerEntry(ctx.tx, ctx.tenantId, c.id, readerId);
  if (!entry) throw notFound('The reader');
  await repo.removeReader(ctx.tx, ctx.tenantId, entry.id);
  await audit(ctx, 'difficulty-case.reader-remove', c.id, { readerUserId: entry.userId });
}

/** Closes the case with the outcome; a stale version (or a closed case) answers 409. */
export async function close(ctx: AuthedCtx, caseId: string, body: CloseCase): Promise<CaseDetail> {
  const c = await caseForReader(ctx, caseId);
  if (!isWriter(c)) throw forbidden();
  if (body.closedOn < iso(c.openedOn)) throw fieldError('body.closedOn', 'The case cannot close before it was opened');
  if (body.closedOn > todayInDenmark()) throw fieldError('body.closedOn', 'The date cannot be in the future');
  const n = await repo.closeCase(ctx.tx, ctx.tenantId, c.id, {
    version: body.version,
    closedOn: day(body.closedOn),
    closingSummary: body.closingSummary,
  });
  if (n === 0)
    throw new AppError('CONFLICT', {
      detail:
        c.state === 'CLOSED'
          ? 'The case is closed already'
          : `The case was changed by someone else: the current version is ${c.version}. Reload to see it.`,
    });
  await audit(ctx, 'difficulty-case.close', c.id);
  return detailOf(ctx, await caseForReader(ctx, c.id));
}

/** Who read or wrote the case and when (from the audit log); for every reader, the trainee too. */
export async function accessLog(ctx: AuthedCtx, caseId: string): Promise<CaseAccessLog> {
  const c = await caseForReader(ctx, caseId);
  const rows = await repo.accessLog(ctx.tx, ctx.tenantId, c.id);
  await read(ctx, c.id, 'access-log');
  return {
    items: rows.map((r) => ({
      at: r.at.toISOString(),
      actor: r.actor_id && r.actor_name ? { id: r.actor_id, name: r.actor_name } : null,
      action: r.action as CaseLogAction,
      part: r.part,
    })),
  };
}
