import {
  addYears,
  DEFAULT_EVALUATION_THRESHOLD,
  DEFAULT_REAPPROVAL_YEARS,
  REAPPROVAL_DUE_SOON_MONTHS,
  todayInDenmark,
  type ApproveProgrammeVersion,
  type CreateProgrammeVersion,
  type CreateTutorDoctor,
  type ProgrammeVersion,
  type Recruitment,
  type RecruitmentChange,
  type RecruitmentStage,
  type TutorDecisionRequest,
  type TutorDoctor,
  type TutorOverview,
  type TutorSettings,
  type UpdateTutorDoctor,
  type UpdateTutorSettings,
} from '@portal/contracts';
import { AppError, notFound } from '../../lib/app-error.js';
import type { AuthedCtx } from '../../lib/route.js';
import { createGeneralPractitioner, listGeneralPractitioners } from '../general-practitioners/gp.repository.js';
import { practicesOfArea, requireGpArea } from '../general-practitioners/gp-scope.js';
import * as repo from './tutor-practices.repository.js';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const isoOrNull = (d: Date | null) => (d ? iso(d) : null);

function fieldError(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', { detail: message, errors: [{ path, message, code: 'custom' }] });
}

function stale(what: string, version: number | null): AppError {
  return new AppError('CONFLICT', {
    detail:
      version === null
        ? `${what} was created by someone else in the meantime. Reload to see it.`
        : `${what} was changed in the meantime (now version ${version}). Reload to see the changes.`,
  });
}

/** The area in scope and its open practices (404 when the area is outside the caller's scope). */
async function areaAndPractices(ctx: AuthedCtx, areaId: string) {
  const area = await requireGpArea(ctx, areaId);
  const practices = await practicesOfArea(ctx, areaId);
  return { area, practices, practiceIds: practices.map((p) => p.id) };
}

async function requirePractice(ctx: AuthedCtx, areaId: string, practiceId: string) {
  const a = await areaAndPractices(ctx, areaId);
  const practice = a.practices.find((p) => p.id === practiceId);
  if (!practice) throw notFound('The practice');
  return { ...a, practice };
}

export async function getSettings(ctx: AuthedCtx, areaId: string): Promise<TutorSettings> {
  const s = await repo.findSettings(ctx.tx, ctx.tenantId, areaId);
  return s
    ? { evaluationThreshold: Number(s.evaluationThreshold), reapprovalYears: s.reapprovalYears, version: s.version }
    : { evaluationThreshold: DEFAULT_EVALUATION_THRESHOLD, reapprovalYears: DEFAULT_REAPPROVAL_YEARS, version: 0 };
}

export async function updateSettings(
  ctx: AuthedCtx,
  areaId: string,
  body: UpdateTutorSettings,
): Promise<TutorSettings> {
  await requireGpArea(ctx, areaId);
  await repo.lockKey(ctx.tx, `tutor-settings:${areaId}`);
  const current = await getSettings(ctx, areaId);
  if (current.version !== body.version) throw stale('The settings', current.version);
  const f = { evaluationThreshold: body.evaluationThreshold, reapprovalYears: body.reapprovalYears };
  if (body.version === 0) await repo.createSettings(ctx.tx, ctx.tenantId, areaId, f);
  else if ((await repo.updateSettings(ctx.tx, ctx.tenantId, areaId, body.version, f)) === 0)
    throw stale('The settings', current.version);
  await ctx.audit({ action: 'tutor-settings.updated', entityType: 'org_unit', entityId: areaId, data: f });
  return getSettings(ctx, areaId);
}

type RecruitmentRow = NonNullable<Awaited<ReturnType<typeof repo.findRecruitment>>>;
function toRecruitment(r: RecruitmentRow): Recruitment {
  return {
    id: r.id,
    stage: r.stage as RecruitmentStage,
    stageChangedOn: iso(r.stageChangedOn),
    nextStep: r.nextStep,
    nextStepOn: isoOrNull(r.nextStepOn),
    version: r.version,
    events: r.events.map((e) => ({
      id: e.id,
      stage: e.stage as RecruitmentStage,
      changedOn: iso(e.changedOn),
      note: e.note,
      changedBy: e.changedBy?.name ?? null,
    })),
  };
}

type DoctorRow = Awaited<ReturnType<typeof repo.listTutorDoctors>>[number];
function toTutorDoctor(r: DoctorRow, today: string): TutorDoctor {
  const leftOn = isoOrNull(r.gp.leftOn);
  const active = leftOn === null || leftOn > today;
  const due = isoOrNull(r.reapprovalDueOn);
  return {
    id: r.id,
    gp: { id: r.gp.id, name: r.gp.name, authorisationId: r.gp.authorisationId, active },
    practiceId: r.gp.practiceId,
    courseCompleted: r.courseCompleted,
    courseCompletedOn: isoOrNull(r.courseCompletedOn),
    yearsAsGp: r.yearsAsGp,
    yearsInPractice: r.yearsInPractice,
    notes: r.notes,
    decision: r.decision as TutorDoctor['decision'],
    decidedOn: isoOrNull(r.decidedOn),
    decidedBy: r.decidedBy?.name ?? null,
    reapprovalDueOn: due,
    current: r.decision === 'APPROVED' && active && due !== null && due >= today,
    version: r.version,
  };
}

type ProgrammeRow = Awaited<ReturnType<typeof repo.listProgrammeVersions>>[number];
function toProgramme(r: ProgrammeRow): ProgrammeVersion {
  return {
    id: r.id,
    number: r.number,
    summary: r.summary,
    body: r.body,
    fileName: r.fileName,
    submittedOn: iso(r.submittedOn),
    approvedOn: isoOrNull(r.approvedOn),
    approvedBy: r.approvedBy?.name ?? null,
    reapprovalDueOn: isoOrNull(r.reapprovalDueOn),
    version: r.version,
  };
}

function monthsAfter(today: string, months: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return iso(d);
}

export async function getOverview(ctx: AuthedCtx, areaId: string): Promise<TutorOverview> {
  const { area, practices, practiceIds } = await areaAndPractices(ctx, areaId);
  const today = todayInDenmark();
  // One transaction: the queries run one after another.
  const settings = await getSettings(ctx, areaId);
  const recruitments = await repo.listRecruitments(ctx.tx, ctx.tenantId, practiceIds);
  const doctors = await repo.listTutorDoctors(ctx.tx, ctx.tenantId, practiceIds);
  const programmes = await repo.listProgrammeVersions(ctx.tx, ctx.tenantId, practiceIds);
  const gps = await listGeneralPractitioners(ctx.tx, ctx.tenantId, practiceIds);
  const dueSoon = monthsAfter(today, REAPPROVAL_DUE_SOON_MONTHS);
  const due = await repo.listDue(ctx.tx, ctx.tenantId, practiceIds, today, dueSoon);
  const tutorGpIds = new Set(doctors.map((d) => d.gp.id));
  return {
    area,
    settings,
    practices: practices.map((p) => {
      const rec = recruitments.find((r) => r.practiceId === p.id);
      const tutorDoctors = doctors.filter((d) => d.gp.practiceId === p.id).map((d) => toTutorDoctor(d, today));
      const versions = programmes.filter((v) => v.practiceId === p.id).map(toProgramme);
      return {
        id: p.id,
        name: p.name,
        isTutorPractice: tutorDoctors.some((d) => d.current),
        recruitment: rec ? toRecruitment(rec) : null,
        tutorDoctors,
        programmeVersions: versions,
        currentProgrammeId: versions.find((v) => v.approvedOn !== null)?.id ?? null,
      };
    }),
    candidates: gps
      .filter((g) => !tutorGpIds.has(g.id))
      .map((g) => ({ id: g.id, name: g.name, practiceId: g.practice.id })),
    due: due.map((d) => ({
      kind: d.kind,
      id: d.id,
      practiceName: d.practice_name,
      label: d.label,
      dueOn: d.due_on,
      overdue: d.overdue,
    })),
  };
}

export async function changeRecruitment(
  ctx: AuthedCtx,
  areaId: string,
  practiceId: string,
  body: RecruitmentChange,
): Promise<Recruitment> {
  await requirePractice(ctx, areaId, practiceId);
  await repo.lockKey(ctx.tx, `tutor-recruitment:${practiceId}`);
  const current = await repo.findRecruitment(ctx.tx, ctx.tenantId, practiceId);
  const d = {
    stage: body.stage,
    stageChangedOn: repo.dateOf(body.changedOn),
    nextStep: body.nextStep || null,
    nextStepOn: repo.dateOrNull(body.nextStepOn),
  };
  let id: string;
  if (body.version === null) {
    if (current) throw stale('The recruitment', current.version);
    id = (await repo.createRecruitment(ctx.tx, ctx.tenantId, { practiceId, ...d })).id;
  } else {
    if (!current) throw notFound('The recruitment');
    if (current.version !== body.version) throw stale('The recruitment', current.version);
    if ((await repo.updateRecruitment(ctx.tx, ctx.tenantId, current.id, body.version, d)) === 0)
      throw stale('The recruitment', current.version);
    id = current.id;
  }
  await repo.addRecruitmentEvent(ctx.tx, ctx.tenantId, {
    recruitmentId: id,
    stage: body.stage,
    changedOn: d.stageChangedOn,
    note: body.note || null,
    changedById: ctx.principal.userId,
  });
  await ctx.audit({
    action: 'tutor-recruitment.stage-changed',
    entityType: 'tutor_recruitment',
    entityId: id,
    data: { practiceId, stage: body.stage, changedOn: body.changedOn, nextStepOn: body.nextStepOn },
  });
  return toRecruitment((await repo.findRecruitment(ctx.tx, ctx.tenantId, practiceId))!);
}

function requirements(b: {
  courseCompleted: boolean;
  courseCompletedOn: string | null;
  yearsAsGp: number | null;
  yearsInPractice: number | null;
  notes: string | null;
}) {
  if (b.courseCompletedOn && !b.courseCompleted)
    throw fieldError('body.courseCompletedOn', 'A course date is only given when the tutor course is completed');
  return {
    courseCompleted: b.courseCompleted,
    courseCompletedOn: repo.dateOrNull(b.courseCompletedOn),
    yearsAsGp: b.yearsAsGp,
    yearsInPractice: b.yearsInPractice,
    notes: b.notes || null,
  };
}

async function loadDoctor(ctx: AuthedCtx, id: string, practiceIds: string[]): Promise<TutorDoctor> {
  const row = await repo.findTutorDoctor(ctx.tx, ctx.tenantId, id, practiceIds);
  if (!row) throw notFound('The tutor doctor');
  return toTutorDoctor(row, todayInDenmark());
}

export async function createTutorDoctor(ctx: AuthedCtx, areaId: string, body: CreateTutorDoctor): Promise<TutorDoctor> {
  const { practiceIds } = await areaAndPractices(ctx, areaId);
  const req = requirements(body);
  let gpId: string;
  if (body.gpId) {
    if (!(await repo.findGpInPractices(ctx.tx, ctx.tenantId, body.gpId, practiceIds)))
      throw fieldError('body.gpId', 'The GP does not work in a practice of this area');
    if (await repo.findTutorDoctorByGp(ctx.tx, ctx.tenantId, body.gpId))
      throw fieldError('body.gpId', 'The GP is already registered as a tutor doctor');
    gpId = body.gpId;
  } else {
    const g = body.newGp!;
    if (!practiceIds.includes(g.practiceId))
      throw fieldError('body.newGp.practiceId', 'Choose a practice of this area');
    if (g.authorisationId && (await repo.findGpByAuthorisation(ctx.tx, ctx.tenantId, g.authorisationId)))
      throw fieldError('body.newGp.authorisationId', 'A GP with this authorisation ID is already in the register');
    const gp = await createGeneralPractitioner(ctx.tx, ctx.tenantId, { ...g, leftOn: null });
    await ctx.audit({
      action: 'general-practitioner.created',
      entityType: 'general_practitioner',
      entityId: gp.id,
      data: { practiceId: g.practiceId },
    });
    gpId = gp.id;
  }
  const { id } = await repo.createTutorDoctor(ctx.tx, ctx.tenantId, gpId, req);
  await ctx.audit({
    action: 'tutor-doctor.created',
    entityType: 'tutor_doctor',
    entityId: id,
    data: { gpId, courseCompleted: req.courseCompleted },
  });
  return loadDoctor(ctx, id, practiceIds);
}

export async function updateTutorDoctor(
  ctx: AuthedCtx,
  areaId: string,
  id: string,
  body: UpdateTutorDoctor,
): Promise<TutorDoctor> {
  const { practiceIds } = await areaAndPractices(ctx, areaId);
  const before = await loadDoctor(ctx, id, practiceIds);
  const req = requirements(body);
  if (before.decision === 'APPROVED' && !(req.courseCompleted && req.courseCompletedOn))
    throw fieldError('body.courseCompleted', 'An approved tutor doctor has completed the tutor course (with its date)');
  if (before.version !== body.version) throw stale('The tutor doctor', before.version);
  if ((await repo.updateTutorDoctor(ctx.tx, ctx.tenantId, id, body.version, req)) === 0)
    throw stale('The tutor doctor', before.version);
  await ctx.audit({
    action: 'tutor-doctor.updated',
    entityType: 'tutor_doctor',
    entityId: id,
    data: { version: body.version },
  });
  return loadDoctor(ctx, id, practiceIds);
}

/** The AMU's decision. Approval requires the tutor course recorded as completed (with its date). */
export async function decideTutorDoctor(
  ctx: AuthedCtx,
  areaId: string,
  id: string,
  body: TutorDecisionRequest,
): Promise<TutorDoctor> {
  const { practiceIds } = await areaAndPractices(ctx, areaId);
  const before = await loadDoctor(ctx, id, practiceIds);
  if (body.decision === 'APPROVED') {
    if (!before.courseCompleted)
      throw fieldError('body.courseCompleted', 'The tutor course must be recorded as completed before approval');
    if (!before.courseCompletedOn)
      throw fieldError('body.courseCompletedOn', 'Record the date the tutor course was completed before approval');
  }
  if (before.version !== body.version) throw stale('The tutor doctor', before.version);
  const settings = await getSettings(ctx, areaId);
  const due = body.decision === 'APPROVED' ? addYears(body.decidedOn, settings.reapprovalYears) : null;
  const n = await repo.updateTutorDoctor(ctx.tx, ctx.tenantId, id, body.version, {
    decision: body.decision,
    decidedOn: repo.dateOf(body.decidedOn),
    decidedById: ctx.principal.userId,
    reapprovalDueOn: repo.dateOrNull(due),
  });
  if (n === 0) throw stale('The tutor doctor', before.version);
  await ctx.audit({
    action: body.decision === 'APPROVED' ? 'tutor-doctor.approved' : 'tutor-doctor.rejected',
    entityType: 'tutor_doctor',
    entityId: id,
    data: { decidedOn: body.decidedOn, reapprovalDueOn: due },
  });
  return loadDoctor(ctx, id, practiceIds);
}

export async function addProgrammeVersion(
  ctx: AuthedCtx,
  areaId: string,
  practiceId: string,
  body: CreateProgrammeVersion,
): Promise<ProgrammeVersion> {
  await requirePractice(ctx, areaId, practiceId);
  await repo.lockKey(ctx.tx, `programme:${practiceId}`);
  const number = await repo.nextProgrammeNumber(ctx.tx, ctx.tenantId, practiceId);
  const row = await repo.createProgrammeVersion(ctx.tx, ctx.tenantId, {
    practiceId,
    number,
    summary: body.summary,
    body: body.body || null,
    fileName: body.fileName || null,
    submittedOn: repo.dateOf(body.submittedOn),
  });
  await ctx.audit({
    action: 'education-programme.version-added',
    entityType: 'education_programme_version',
    entityId: row.id,
    data: { practiceId, number, submittedOn: body.submittedOn },
  });
  return toProgramme(row);
}

export async function approveProgrammeVersion(
  ctx: AuthedCtx,
  areaId: string,
  id: string,
  body: ApproveProgrammeVersion,
): Promise<ProgrammeVersion> {
  const { practiceIds } = await areaAndPractices(ctx, areaId);
  const before = await repo.findProgrammeVersion(ctx.tx, ctx.tenantId, id, practiceIds);
  if (!before) throw notFound('The programme version');
  if (before.approvedOn)
    throw new AppError('CONFLICT', {
      detail: `Version ${before.number} was already approved on ${iso(before.approvedOn)}`,
    });
  if (body.approvedOn < iso(before.submittedOn))
    throw fieldError('body.approvedOn', 'The approval date cannot be before the version was submitted');
  if (before.version !== body.version) throw stale('The programme version', before.version);
  const settings = await getSettings(ctx, areaId);
  const due = addYears(body.approvedOn, settings.reapprovalYears);
  const n = await repo.approveProgrammeVersion(ctx.tx, ctx.tenantId, id, body.version, {
    approvedOn: repo.dateOf(body.approvedOn),
    approvedById: ctx.principal.userId,
    reapprovalDueOn: repo.dateOf(due),
  });
  if (n === 0) throw stale('The programme version', before.version);
  await ctx.audit({
    action: 'education-programme.version-approved',
    entityType: 'education_programme_version',
    entityId: id,
    data: { practiceId: before.practiceId, number: before.number, approvedOn: body.approvedOn, reapprovalDueOn: due },
  });
  return toProgramme((await repo.findProgrammeVersion(ctx.tx, ctx.tenantId, id, practiceIds))!);
}
