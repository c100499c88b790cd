import {
  GP_TIME_KINDS,
  gpContactKindSchema,
  gpDifficultyHandledWithSchema,
  gpDifficultyStateSchema,
  gpTimeKindSchema,
  todayInDenmark,
  type AddGpDifficultyEntry,
  type GpAreaList,
  type GpAreaOverview,
  type GpContact,
  type GpContactFields,
  type GpDifficultyResponse,
  type GpHoursSummary,
  type GpTimeEntry,
  type GpTimeEntryFields,
  type GpTimeEntryList,
  type GpTrainee,
  type GpTraineeDetail,
  type SetGpAllotment,
  type UpdateGpDifficultyNote,
  type UpdateGpTimeEntry,
} from '@portal/contracts';
import { AppError, notFound } from '../../lib/app-error.js';
import type { AuthedCtx } from '../../lib/route.js';
import { permissionScope } from '../auth/principal.repository.js';
import { listGeneralPractitioners } from '../general-practitioners/gp.repository.js';
import { gpAreasInScope, practicesOfArea, requireGpArea } from '../general-practitioners/gp-scope.js';
import * as repo from './gp-area.repository.js';

const currentYear = () => Number(todayInDenmark().slice(0, 4));
const hoursOf = (quarters: number) => quarters / 4;
const conflict = (what: string, current?: unknown) =>
  new AppError('CONFLICT', {
    detail: `${what} was changed by someone else; reload to see the current version${
      current === undefined ? '' : ` (current: ${JSON.stringify(current)})`
    }`,
  });

/** The caller is an AMU of the area: holds GP_COORDINATOR on it today (the admin is not). */
function isCoordinatorOf(ctx: AuthedCtx, areaId: string): boolean {
  return ctx.principal.assignments.some((a) => a.role === 'GP_COORDINATOR' && a.unitId === areaId);
}
const canSetAllotments = (ctx: AuthedCtx) => permissionScope(ctx.principal, 'gp-area:manage') === 'tenant';

// ---------------------------------------------------------------------------------------------
// Areas and overview

export async function listAreas(ctx: AuthedCtx): Promise<GpAreaList> {
  const areas = await gpAreasInScope(ctx);
  const counts = new Map(
    (
      await repo.areaCounts(
        ctx.tx,
        ctx.tenantId,
        areas.map((a) => a.id),
        todayInDenmark(),
      )
    ).map((c) => [c.area_id, c]),
  );
  return {
    items: areas.map((a) => ({
      id: a.id,
      name: a.name,
      practiceCount: counts.get(a.id)?.practices ?? 0,
      traineesCurrent: counts.get(a.id)?.current ?? 0,
      traineesUpcoming: counts.get(a.id)?.upcoming ?? 0,
    })),
  };
}

export async function overview(ctx: AuthedCtx, areaId: string): Promise<GpAreaOverview> {
  const area = await requireGpArea(ctx, areaId);
  const year = currentYear();
  const practices = await practicesOfArea(ctx, area.id);
  const gps = await listGeneralPractitioners(
    ctx.tx,
    ctx.tenantId,
    practices.map((p) => p.id),
  );
  const [counts] = await repo.areaCounts(ctx.tx, ctx.tenantId, [area.id], todayInDenmark());
  const coordinators = await repo.coordinatorHours(ctx.tx, ctx.tenantId, area.id, year);
  return {
    area,
    year,
    practices: practices.map((p) => ({ id: p.id, name: p.name, gps: gps.filter((g) => g.practice.id === p.id) })),
    trainees: { current: counts?.current ?? 0, upcoming: counts?.upcoming ?? 0 },
    coordinators: coordinators.map((c) => ({
      userId: c.user_id,
      name: c.name,
      allotted: c.allotted,
      logged: hoursOf(c.quarters),
      version: c.version,
    })),
    canSetAllotments: canSetAllotments(ctx),
    isCoordinator: isCoordinatorOf(ctx, area.id),
  };
}

// ---------------------------------------------------------------------------------------------
// Hours

/** Sets a coordinator's allotted hours for a year: only a caller with gp-area:manage tenant-wide. */
export async function setAllotment(ctx: AuthedCtx, areaId: string, userId: string, body: SetGpAllotment) {
  if (!canSetAllotments(ctx)) throw new AppError('FORBIDDEN');
  const area = await requireGpArea(ctx, areaId);
  const coordinators = await repo.coordinatorHours(ctx.tx, ctx.tenantId, area.id, body.year);
  const coordinator = coordinators.find((c) => c.user_id === userId);
  if (!coordinator) throw notFound('The coordinator of the area');
  const existing = await ctx.tx.gpHoursAllotment.findFirst({
    where: { tenantId: ctx.tenantId, areaId: area.id, userId, year: body.year },
    select: { id: true, version: true, hours: true },
  });
  if (existing) {
    if (body.version !== existing.version)
      throw conflict('The allotment', { hours: existing.hours, version: existing.version });
    const n = await ctx.tx.gpHoursAllotment.updateMany({
      where: { tenantId: ctx.tenantId, id: existing.id, version: existing.version },
      data: { hours: body.hours, version: { increment: 1 } },
    });
    if (n.count !== 1) throw conflict('The allotment');
  } else {
    if (body.version !== null) throw conflict('The allotment', { hours: null, version: null });
    await ctx.tx.gpHoursAllotment.create({
      data: { tenantId: ctx.tenantId, areaId: area.id, userId, year: body.year, hours: body.hours },
    });
  }
  await ctx.audit({
    action: 'gp-hours-allotment.set',
    entityType: 'org_unit',
    entityId: area.id,
    data: { userId, year: body.year, hours: body.hours, previous: existing?.hours ?? null },
  });
  const after = (await repo.coordinatorHours(ctx.tx, ctx.tenantId, area.id, body.year)).find(
    (c) => c.user_id === userId,
  )!;
  return {
    userId: after.user_id,
    name: after.name,
    allotted: after.allotted,
    logged: hoursOf(after.quarters),
    version: after.version,
  };
}

type EntryRow = NonNullable<Awaited<ReturnType<typeof repo.findTimeEntry>>>;
function toEntry(ctx: AuthedCtx, r: EntryRow): GpTimeEntry {
  return {
    id: r.id,
    workedOn: repo.isoOf(r.workedOn),
    kind: gpTimeKindSchema.parse(r.kind),
    hours: hoursOf(r.quarters),
    note: r.note,
    user: r.user,
    own: r.user.id === ctx.principal.userId,
    version: r.version,
  };
}

export async function listTimeEntries(ctx: AuthedCtx, areaId: string, year = currentYear()): Promise<GpTimeEntryList> {
  const area = await requireGpArea(ctx, areaId);
  const rows = await repo.listTimeEntries(ctx.tx, ctx.tenantId, area.id, year);
  return { year, items: rows.map((r) => toEntry(ctx, r)) };
}

function requireCoordinator(ctx: AuthedCtx, areaId: string) {
  if (!isCoordinatorOf(ctx, areaId)) throw new AppError('FORBIDDEN', { detail: 'Only the area’s AMU logs time' });
}

export async function createTimeEntry(ctx: AuthedCtx, areaId: string, f: GpTimeEntryFields) {
  const area = await requireGpArea(ctx, areaId);
  requireCoordinator(ctx, area.id);
  const row = await ctx.tx.gpTimeEntry.create({
    data: {
      tenantId: ctx.tenantId,
      areaId: area.id,
      userId: ctx.principal.userId,
      workedOn: repo.toDate(f.workedOn),
      kind: f.kind,
      quarters: Math.round(f.hours * 4),
      note: f.note || null,
    },
    select: repo.timeEntrySelect,
  });
  await ctx.audit({
    action: 'gp-time-entry.create',
    entityType: 'gp_time_entry',
    entityId: row.id,
    data: { areaId: area.id, workedOn: f.workedOn, kind: f.kind, hours: f.hours },
  });
  return toEntry(ctx, row);
}

async function ownEntry(ctx: AuthedCtx, areaId: string, entryId: string, version: number) {
  const area = await requireGpArea(ctx, areaId);
  const row = await repo.findTimeEntry(ctx.tx, ctx.tenantId, area.id, entryId);
  if (!row) throw notFound('The time entry');
  if (row.user.id !== ctx.principal.userId)
    throw new AppError('FORBIDDEN', { detail: 'Only the author edits a time entry' });
  if (row.version !== version) throw conflict('The time entry', toEntry(ctx, row));
  return row;
}

export async function updateTimeEntry(ctx: AuthedCtx, areaId: string, entryId: string, f: UpdateGpTimeEntry) {
  const row = await ownEntry(ctx, areaId, entryId, f.version);
  const n = await ctx.tx.gpTimeEntry.updateMany({
    where: { tenantId: ctx.tenantId, id: row.id, version: row.version },
    data: {
      workedOn: repo.toDate(f.workedOn),
      kind: f.kind,
      quarters: Math.round(f.hours * 4),
      note: f.note || null,
      version: { increment: 1 },
    },
  });
  if (n.count !== 1) throw conflict('The time entry');
  await ctx.audit({
    action: 'gp-time-entry.update',
    entityType: 'gp_time_entry',
    entityId: row.id,
    data: { workedOn: f.workedOn, kind: f.kind, hours: f.hours },
  });
  return toEntry(ctx, (await repo.findTimeEntry(ctx.tx, ctx.tenantId, row.areaId, row.id))!);
}

export async function deleteTimeEntry(ctx: AuthedCtx, areaId: string, entryId: string, version: number) {
  const row = await ownEntry(ctx, areaId, entryId, version);
  const n = await ctx.tx.gpTimeEntry.deleteMany({ where: { tenantId: ctx.tenantId, id: row.id, version } });
  if (n.count !== 1) throw conflict('The time entry');
  await ctx.audit({
    action: 'gp-time-entry.delete',
    entityType: 'gp_time_entry',
    entityId: row.id,
    data: { workedOn: repo.isoOf(row.workedOn), kind: row.kind, hours: hoursOf(row.quarters) },
  });
}

export async function hoursSummary(ctx: AuthedCtx, areaId: string, year = currentYear()): Promise<GpHoursSummary> {
  const area = await requireGpArea(ctx, areaId);
  const s = await repo.hoursSummary(ctx.tx, ctx.tenantId, area.id, year);
  const byKind = new Map(s.byKind.map((k) => [k.kind, k]));
  return {
    year,
    allotted: s.allotted,
    logged: hoursOf(s.byKind.reduce((sum, k) => sum + k.quarters, 0)),
    byKind: GP_TIME_KINDS.map((kind) => ({
      kind,
      hours: hoursOf(byKind.get(kind)?.quarters ?? 0),
      entries: byKind.get(kind)?.entries ?? 0,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Trainees

function toTrainee(r: repo.TraineeRow): GpTrainee {
  return {
    courseId: r.course_id,
    trainee: { id: r.trainee_id, name: r.trainee_name, email: r.trainee_email },
    track: r.track,
    specialty: r.specialty_name,
    practice: { id: r.practice_id, name: r.practice_name },
    startDate: repo.isoOf(r.s),
    endDate: repo.isoOf(r.e),
    courseStart: repo.isoOf(r.course_start),
    courseEnd: repo.isoOf(r.course_end),
    tutor: r.tutor_id ? { id: r.tutor_id, name: r.tutor_name! } : null,
    status: r.status,
  };
}

export async function listTrainees(ctx: AuthedCtx, areaId: string) {
  const area = await requireGpArea(ctx, areaId);
  const rows = await repo.areaTrainees(ctx.tx, ctx.tenantId, area.id, todayInDenmark());
  return { items: rows.map(toTrainee) };
}

/** The course when it is in general practice in the area; 404 otherwise. */
async function requireAreaCourse(ctx: AuthedCtx, areaId: string, courseId: string) {
  const [row] = await repo.areaTrainees(ctx.tx, ctx.tenantId, areaId, todayInDenmark(), courseId);
  if (!row) throw notFound('The course');
  return row;
}

type ContactRow = Awaited<ReturnType<typeof repo.listContacts>>[number];
const toContact = (r: ContactRow): GpContact => ({
  id: r.id,
  contactOn: repo.isoOf(r.contactOn),
  kind: gpContactKindSchema.parse(r.kind),
  note: r.note,
  author: r.author,
  createdAt: r.createdAt.toISOString(),
});

export async function traineeDetail(ctx: AuthedCtx, areaId: string, courseId: string): Promise<GpTraineeDetail> {
  const area = await requireGpArea(ctx, areaId);
  const row = await requireAreaCourse(ctx, area.id, courseId);
  const contacts = await repo.listContacts(ctx.tx, ctx.tenantId, area.id, courseId);
  return {
    area,
    trainee: toTrainee(row),
    contacts: contacts.map(toContact),
    canReadDifficulty: isCoordinatorOf(ctx, area.id),
  };
}

export async function addContact(ctx: AuthedCtx, areaId: string, courseId: string, f: GpContactFields) {
  const area = await requireGpArea(ctx, areaId);
  await requireAreaCourse(ctx, area.id, courseId);
  const row = await ctx.tx.gpTraineeContact.create({
    data: {
      tenantId: ctx.tenantId,
      areaId: area.id,
      courseId,
      authorId: ctx.principal.userId,
      contactOn: repo.toDate(f.contactOn),
      kind: f.kind,
      note: f.note,
    },
    select: repo.contactSelect,
  });
  await ctx.audit({
    action: 'gp-trainee-contact.create',
    entityType: 'course',
    entityId: courseId,
    data: { areaId: area.id, contactId: row.id, contactOn: f.contactOn, kind: f.kind },
  });
  return toContact(row);
}

// ---------------------------------------------------------------------------------------------
// Courses in difficulty: ONLY the area's AMUs; everyone else (the regional administrator,
// Tutorcentret, the UAO) gets 404, as if the note did not exist. Every read and write is audited,
// without the note text.

async function requireDifficultyAccess(ctx: AuthedCtx, areaId: string, courseId: string) {
  if (!isCoordinatorOf(ctx, areaId)) throw notFound('The course');
  const area = await requireGpArea(ctx, areaId);
  await requireAreaCourse(ctx, area.id, courseId);
  return area;
}

type NoteRow = NonNullable<Awaited<ReturnType<typeof repo.findDifficultyNote>>>;
const toNote = (n: NoteRow) => ({
  id: n.id,
  handledWith: gpDifficultyHandledWithSchema.parse(n.handledWith),
  state: gpDifficultyStateSchema.parse(n.state),
  openedBy: n.openedBy,
  createdAt: n.createdAt.toISOString(),
  entries: n.entries.map((e) => ({
    id: e.id,
    entryOn: repo.isoOf(e.entryOn),
    text: e.text,
    author: e.author,
    createdAt: e.createdAt.toISOString(),
  })),
  version: n.version,
});

export async function readDifficulty(ctx: AuthedCtx, areaId: string, courseId: string): Promise<GpDifficultyResponse> {
  const area = await requireDifficultyAccess(ctx, areaId, courseId);
  const note = await repo.findDifficultyNote(ctx.tx, ctx.tenantId, area.id, courseId);
  await ctx.audit({
    action: 'gp-difficulty-note.read',
    entityType: 'course',
    entityId: courseId,
    data: { areaId: area.id, noteId: note?.id ?? null, entries: note?.entries.length ?? 0 },
  });
  return { note: note ? toNote(note) : null };
}

export async function addDifficultyEntry(
  ctx: AuthedCtx,
  areaId: string,
  courseId: string,
  f: AddGpDifficultyEntry,
): Promise<GpDifficultyResponse> {
  const area = await requireDifficultyAccess(ctx, areaId, courseId);
  let note = await repo.findDifficultyNote(ctx.tx, ctx.tenantId, area.id, courseId);
  let noteId = note?.id;
  if (!noteId) {
    noteId = (
      await ctx.tx.gpDifficultyNote.create({
        data: {
          tenantId: ctx.tenantId,
          areaId: area.id,
          courseId,
          handledWith: f.handledWith,
          openedById: ctx.principal.userId,
        },
        select: { id: true },
      })
    ).id;
    await ctx.audit({
      action: 'gp-difficulty-note.open',
      entityType: 'course',
      entityId: courseId,
      data: { areaId: area.id, noteId, handledWith: f.handledWith },
    });
  }
  const entry = await ctx.tx.gpDifficultyEntry.create({
    data: {
      tenantId: ctx.tenantId,
      noteId,
      authorId: ctx.principal.userId,
      entryOn: repo.toDate(f.entryOn),
      text: f.text,
    },
    select: { id: true },
  });
  await ctx.audit({
    action: 'gp-difficulty-note.add-entry',
    entityType: 'course',
    entityId: courseId,
    data: { areaId: area.id, noteId, entryId: entry.id, entryOn: f.entryOn },
  });
  note = await repo.findDifficultyNote(ctx.tx, ctx.tenantId, area.id, courseId);
  return { note: toNote(note!) };
}

export async function updateDifficulty(
  ctx: AuthedCtx,
  areaId: string,
  courseId: string,
  f: UpdateGpDifficultyNote,
): Promise<GpDifficultyResponse> {
  const area = await requireDifficultyAccess(ctx, areaId, courseId);
  const note = await repo.findDifficultyNote(ctx.tx, ctx.tenantId, area.id, courseId);
  if (!note) throw notFound('The difficulty note');
  if (note.version !== f.version)
    throw conflict('The note', { state: note.state, handledWith: note.handledWith, version: note.version });
  const n = await ctx.tx.gpDifficultyNote.updateMany({
    where: { tenantId: ctx.tenantId, id: note.id, version: f.version },
    data: { state: f.state, handledWith: f.handledWith, version: { increment: 1 } },
  });
  if (n.count !== 1) throw conflict('The note');
  await ctx.audit({
    action: 'gp-difficulty-note.update',
    entityType: 'course',
    entityId: courseId,
    data: { areaId: area.id, noteId: note.id, state: f.state, handledWith: f.handledWith },
  });
  return { note: toNote((await repo.findDifficultyNote(ctx.tx, ctx.tenantId, area.id, courseId))!) };
}
