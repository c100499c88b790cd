import {
  competenceBehind,
  daysBetween,
  explainSignal,
  lacksFeedback,
  todayInDenmark,
  type EarlyWarningCourse,
  type EarlyWarningSignal,
  type EarlyWarnings,
} from '@portal/contracts';
import type { AuthedCtx } from '../../lib/route.js';
import { readableCases } from '../difficulty-cases/case-readers.js';
import { openTalkRequestsForCourses, TALK_REQUEST_SIGNAL_DAYS } from '../wellbeing/wellbeing.repository.js';
import { watchedCourses, type WatchedCourseRow } from './early-warnings.repository.js';

/**
 * Early-warning signals, computed on read for the caller's trainees: the active courses of the
 * departments where the caller is UAO today and the courses they are hovedvejleder of. Nothing is
 * stored and nothing is audited (a GET here writes no row): a signal is a suggestion to look, not
 * an assessment. The figures come from one SQL statement; the rules are the shared ones in
 * contracts (expectation meeting due date, lacksFeedback, competenceBehind).
 */

const iso = (d: Date) => d.toISOString().slice(0, 10);

function signal(
  s: Omit<EarlyWarningSignal, 'explanation' | 'days' | 'achievedPct' | 'elapsedPct' | 'count'> &
    Partial<EarlyWarningSignal>,
): EarlyWarningSignal {
  const full = { days: null, achievedPct: null, elapsedPct: null, count: null, ...s };
  return { ...full, explanation: explainSignal(full) };
}

/** The signals that fire for one course (in the order of SIGNAL_KINDS). */
export function signalsOf(r: WatchedCourseRow, today: string, openTalkRequests = 0): EarlyWarningSignal[] {
  const out: EarlyWarningSignal[] = [];
  const startDate = iso(r.start_date);
  const endDate = iso(r.end_date);

  const due = iso(r.meeting_due);
  if (!r.meeting_held && due < today)
    out.push(signal({ kind: 'EXPECTATION_MEETING_OVERDUE', days: daysBetween(due, today) }));

  const lastFeedbackOn = r.last_feedback_on ? iso(r.last_feedback_on) : null;
  if (lacksFeedback({ startDate, lastFeedbackOn }, today))
    out.push(signal({ kind: 'NO_RECENT_FEEDBACK', days: daysBetween(lastFeedbackOn ?? startDate, today) }));

  const behind = competenceBehind(
    { startDate, endDate, approved: r.competences_approved, total: r.competences_total },
    today,
  );
  if (behind) out.push(signal({ kind: 'COMPETENCE_BEHIND', ...behind }));

  if (r.concerns > 0) out.push(signal({ kind: 'FEEDBACK_CONCERN', count: r.concerns }));

  // The trainee's own open request(s) for a follow-up talk (made with a defusing or on its own) in
  // the last TALK_REQUEST_SIGNAL_DAYS days: only the fact and the count, never the message, the
  // person asked or the defusing's answers.
  if (openTalkRequests > 0) out.push(signal({ kind: 'TALK_REQUESTED', count: openTalkRequests }));

  return out;
}

export async function earlyWarnings(ctx: AuthedCtx, o: { all?: boolean } = {}): Promise<EarlyWarnings> {
  const today = todayInDenmark();
  const uaoUnits = ctx.principal.assignments.filter((a) => a.role === 'UAO' && a.unitId).map((a) => a.unitId!);
  const rows = await watchedCourses(ctx.tx, ctx.tenantId, ctx.principal.userId, uaoUnits, today);
  const talks = await openTalkRequestsForCourses(
    ctx.tx,
    ctx.tenantId,
    rows.map((r) => r.course_id),
    TALK_REQUEST_SIGNAL_DAYS,
  );
  const withSignals = rows
    .map((r) => ({ r, signals: signalsOf(r, today, talks.get(r.course_id)?.open ?? 0) }))
    .filter((x) => o.all || x.signals.length > 0);
  // "Sag åben": only an open case the caller may read (the one reader rule), one statement.
  const open = withSignals.length
    ? await readableCases(ctx.tx, ctx.tenantId, ctx.principal.userId, {
        courseIds: withSignals.map((x) => x.r.course_id),
        openOnly: true,
      })
    : [];
  const openByCourse = new Map(open.map((c) => [c.courseId, c.id]));
  const mayOpen = ctx.principal.permissions.has('difficulty-cases:open');
  const items: EarlyWarningCourse[] = withSignals.map(({ r, signals }) => {
    const openCaseId = openByCourse.get(r.course_id) ?? null;
    return {
      courseId: r.course_id,
      trainee: { id: r.trainee_id, name: r.trainee_name },
      track: r.track as EarlyWarningCourse['track'],
      unit: { id: r.unit_id, name: r.unit_name },
      startDate: iso(r.start_date),
      endDate: iso(r.end_date),
      relations: [...(r.is_uao ? (['UAO'] as const) : []), ...(r.is_main ? (['MAIN_SUPERVISOR'] as const) : [])],
      signals,
      openCaseId,
      mayOpenCase: mayOpen && openCaseId === null,
    };
  });
  items.sort((a, b) => b.signals.length - a.signals.length || a.trainee.name.localeCompare(b.trainee.name, 'da'));
  return { today, items };
}
