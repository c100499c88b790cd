import {
  COURSE_TRACKS,
  attainmentPercent,
  todayInDenmark,
  type CourseTrack,
  type DashboardUnits,
  type DepartmentDashboard,
  type HospitalComparison,
} from '@portal/contracts';
import { notFound } from '../../lib/app-error.js';
import type { AuthedCtx } from '../../lib/route.js';
import { inScope, unitsInScope } from '../auth/scope.js';
import { departmentFilter, trackProgress, unitProgress } from '../competences/competences.repository.js';
import { listBodyStatus } from '../education-bodies/education-bodies.repository.js';
import { toStatus } from '../education-bodies/education-bodies.service.js';
import { localFdMatrix } from '../function-descriptions/function-descriptions.repository.js';
import * as repo from './department-dashboard.repository.js';
import { openCaseCounts } from '../difficulty-cases/difficulty-cases.repository.js';

const PERMISSION = 'department-dashboard:read';
const iso = (d: Date) => d.toISOString().slice(0, 10);
const track = (t: string) => t as CourseTrack;

/**
 * The moment that judges the education bodies' cadence: now when asOf is today, else the end of
 * asOf (Danish time, approximately: the bodies' windows are days to months long).
 */
function momentOf(asOf: string, today: string): Date {
  return asOf === today ? new Date() : new Date(`${asOf}T23:59:59+01:00`);
}

/** The departments and hospitals the caller may open (for the pickers). */
export async function units(ctx: AuthedCtx): Promise<DashboardUnits> {
  const scope = await unitsInScope(ctx, PERMISSION);
  const r = await repo.unitsForPicker(ctx.tx, ctx.tenantId, scope);
  return {
    departments: r.departments.map((d) => ({
      id: d.id,
      name: d.name,
      hospital: { id: d.hospital_id, name: d.hospital_name },
    })),
    hospitals: r.hospitals,
  };
}

/**
 * One department's dashboard. The department must be in the caller's department-dashboard:read
 * scope (UAO/UKS/cheflæge: theirs; Tutorcentret: its hospital's; admin: all), else 404. A fixed
 * number of statements, whatever the department's size; every figure is a SQL aggregate.
 */
export async function departmentDashboard(
  ctx: AuthedCtx,
  unitId: string,
  asOfParam: string | undefined,
): Promise<DepartmentDashboard> {
  const today = todayInDenmark();
  const asOf = asOfParam ?? today;
  const scope = await unitsInScope(ctx, PERMISSION);
  const unit = await repo.findDepartment(ctx.tx, ctx.tenantId, unitId);
  if (!unit || !inScope(scope, unit.id)) throw notFound('The department');

  // Names of trainees only for those who may read the department's courses (course-access.ts:
  // courses:read over the units in scope; every role with the dashboard has it today).
  const p = ctx.principal.permissions;
  const namesVisible = p.has('courses:read') && inScope(await unitsInScope(ctx, 'courses:read'), unit.id);

  const tx = ctx.tx;
  const t = ctx.tenantId;
  const counts = await repo.traineeCounts(tx, t, unitId, asOf);
  const moves = await repo.movements(tx, t, unitId, asOf);
  const months = await repo.meetingMonths(tx, t, unitId, asOf);
  const meetings = months[0]!; // the totals ride on every month row (there are always 12)
  const weeks = await repo.activityWeeks(tx, t, unitId, asOf);
  const silent = await repo.withoutFeedback(tx, t, unitId, asOf);
  const progress = await trackProgress(tx, t, departmentFilter(unitId, asOf));
  const now = momentOf(asOf, today);
  const bodies = await listBodyStatus(tx, t, { visibleUnits: [unitId], unitIds: [unitId], now, today: asOf });
  const actions = await repo.openActionItems(tx, t, unitId);
  const fds = await localFdMatrix(tx, t, new Set([unitId]));
  const holders = await repo.roleHolders(tx, t, unitId, asOf);
  const openCases = await openCaseCounts(tx, t, [unitId], asOf);

  const byTrack = new Map(counts.filter((r) => r.g_track === 0).map((r) => [r.track, r.n]));
  const progressByTrack = new Map(progress.map((r) => [r.track, r]));
  const actionsByBody = new Map(actions.map((a) => [a.body_id, a.n]));
  const movement = (kind: repo.MovementRow['kind']) => {
    const rows = moves.filter((m) => m.kind === kind);
    return {
      count: rows[0]?.n ?? 0,
      items: namesVisible
        ? rows.map((m) => ({
            courseId: m.course_id,
            trainee: { id: m.trainee_id, name: m.trainee_name },
            track: track(m.track),
            date: iso(m.d),
          }))
        : [],
    };
  };

  return {
    unit: {
      id: unit.id,
      name: unit.name,
      hospital: unit.hospital_id && unit.hospital_name ? { id: unit.hospital_id, name: unit.hospital_name } : null,
    },
    asOf,
    namesVisible,
    trainees: {
      total: counts.find((r) => r.g_track === 1 && r.g_specialty === 1)?.n ?? 0,
      byTrack: COURSE_TRACKS.map((k) => ({ track: k, count: byTrack.get(k) ?? 0 })),
      bySpecialty: counts
        .filter((r) => r.g_track === 1 && r.g_specialty === 0)
        .map((r) => ({ specialty: r.specialty, count: r.n })),
      arrivals: movement('ARRIVAL'),
      departures: movement('DEPARTURE'),
    },
    meetings: {
      dueSoon: meetings.due_soon,
      overdue: meetings.overdue,
      heldOnTime: meetings.on_time_12m,
      heldLate: meetings.late_12m,
      due12Months: meetings.due_12m,
      onTime12Months: meetings.on_time_12m,
      rate12Months: meetings.rate_12m,
      monthly: months.map((m) => ({ month: m.month, due: m.due, onTime: m.on_time, rate: m.rate })),
    },
    activity: {
      weeks: weeks.map((w) => ({
        week: w.week,
        weekStart: iso(w.week_start),
        supervision: w.supervision,
        feedback: w.feedback,
      })),
      withoutFeedback: {
        count: silent[0]?.n ?? 0,
        items: namesVisible
          ? silent.map((s) => ({
              courseId: s.course_id,
              trainee: { id: s.trainee_id, name: s.trainee_name },
              track: track(s.track),
              date: s.last_feedback_on ? iso(s.last_feedback_on) : null,
            }))
          : [],
      },
    },
    competences: {
      byTrack: COURSE_TRACKS.map((k) => {
        const r = progressByTrack.get(k);
        return {
          track: k,
          courses: r?.courses ?? 0,
          total: r?.total ?? 0,
          approved: r?.approved ?? 0,
          percent: attainmentPercent(r?.approved ?? 0, r?.total ?? 0),
        };
      }),
    },
    bodies: bodies
      .filter((b) => b.kind === 'TEAM' || b.kind === 'FORUM')
      .map((b) => ({
        id: b.id,
        kind: b.kind as 'TEAM' | 'FORUM',
        name: b.name,
        lastHeldAt: b.lastHeldAt?.toISOString() ?? null,
        nextPlannedAt: b.nextPlannedAt?.toISOString() ?? null,
        health: toStatus(b, now).health,
        openActionItems: actionsByBody.get(b.id) ?? 0,
      })),
    functionDescriptions: fds
      .filter((f) => f.unit_id === unitId && f.role !== 'AP_UKYL')
      .map((f) => ({ role: f.role as 'UAO' | 'UKS' | 'UKYL', status: f.status })),
    openDifficultyCases: openCases.get(unitId) ?? 0,
    roleHolders: holders.map((h) => ({
      assignmentId: h.assignment_id,
      person: { id: h.user_id, name: h.user_name },
      role: h.role as 'UAO' | 'UKS' | 'UKYL',
      since: iso(h.since),
      isNew: h.is_new,
      mentor: h.mentor_id ? { id: h.mentor_id, name: h.mentor_name ?? '' } : null,
    })),
  };
}

/**
 * The hospital's open departments side by side. The hospital must be in the caller's scope
 * (Tutorcentret: its hospital; admin: any); a UAO/UKS/cheflæge, whose scope is their department,
 * gets 404 like for a hospital of another tenant.
 */
export async function hospitalComparison(
  ctx: AuthedCtx,
  hospitalId: string,
  asOfParam: string | undefined,
): Promise<HospitalComparison> {
  const today = todayInDenmark();
  const asOf = asOfParam ?? today;
  const scope = await unitsInScope(ctx, PERMISSION);
  const hospital = await repo.findHospital(ctx.tx, ctx.tenantId, hospitalId);
  if (!hospital || !inScope(scope, hospital.id)) throw notFound('The hospital');
  const rows = await repo.hospitalComparison(ctx.tx, ctx.tenantId, hospitalId, asOf, momentOf(asOf, today));
  const progress = await unitProgress(ctx.tx, ctx.tenantId, repo.departmentsOfHospitalFilter(hospitalId, asOf));
  const progressByUnit = new Map(progress.map((p) => [p.unit_id, p]));
  const openCases = await openCaseCounts(
    ctx.tx,
    ctx.tenantId,
    rows.map((r) => r.unit_id),
    asOf,
  );
  return {
    hospital,
    asOf,
    rows: rows.map((r) => {
      const pr = progressByUnit.get(r.unit_id);
      return {
        unit: { id: r.unit_id, name: r.unit_name },
        traineesNow: r.trainees_now,
        meetingsOverdue: r.meetings_overdue,
        onTimeRate12Months: r.on_time_rate,
        feedbackPerTrainee4Weeks: r.feedback_per_trainee,
        withoutFeedback4Weeks: r.without_feedback,
        competencePercent: attainmentPercent(pr?.approved ?? 0, pr?.total ?? 0),
        bodiesWorking: r.bodies_working,
        localFdsApproved: r.local_fds_approved,
        newHoldersWithoutMentor: r.new_without_mentor,
        openDifficultyCases: openCases.get(r.unit_id) ?? 0,
      };
    }),
  };
}
