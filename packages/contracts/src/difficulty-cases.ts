import { z } from 'zod';
import { uuidSchema } from './auth.js';
import { courseTrackSchema } from './course-rules.js';
import { isoDateSchema, type IsoDate } from './roles.js';

/**
 * Early-warning signals and the confidential case on a trainee in difficulty (uhensigtsmæssigt
 * uddannelsesforløb, seed 001; seed 004 "Roller og ansvar", "Trivsel og tryghed").
 *
 * Signals are computed on read from what the portal already holds; nothing is stored about a
 * trainee because a signal fires. They are suggestions for the UAO of the course's department and
 * the course's hovedvejleder, never assessments.
 *
 * A case is read only by its named readers (decided at request time on the server, see
 * apps/api/src/modules/difficulty-cases/case-readers.ts): the trainee (case, plan, closure, access
 * log; not the follow-up notes), the UAO of the course's department, the hovedvejleder, the
 * cheflæge of the department, and people those three add with a reason. Nobody else.
 */

// ---------------------------------------------------------------------------------------------
// Early-warning signals

/**
 * The kinds of signal. TALK_REQUESTED: the trainee has an open request for a follow-up talk (made
 * with a defusing or on its own) from the last 30 days; only the fact and the count are shown.
 */
export const SIGNAL_KINDS = [
  'EXPECTATION_MEETING_OVERDUE',
  'NO_RECENT_FEEDBACK',
  'COMPETENCE_BEHIND',
  'FEEDBACK_CONCERN',
  'TALK_REQUESTED',
] as const;
export const signalKindSchema = z.enum(SIGNAL_KINDS);
export type SignalKind = z.infer<typeof signalKindSchema>;

/** COMPETENCE_BEHIND is considered only once this share of the course (percent) has elapsed. */
export const COMPETENCE_BEHIND_MIN_ELAPSED_PCT = 25;
/** … and fires when the achieved share is more than this many percentage points below the elapsed share. */
export const COMPETENCE_BEHIND_GAP_POINTS = 30;
/** A feedback flagged as a concern counts as a signal for this many days after it was given. */
export const FEEDBACK_CONCERN_DAYS = 90;

/** Whole calendar days from `a` to `b` (ISO dates). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The share of the course elapsed at `today`, 0–100 (whole percent, rounded down). */
export function courseElapsedPct(c: { startDate: IsoDate; endDate: IsoDate }, today: IsoDate): number {
  const total = daysBetween(c.startDate, c.endDate);
  if (total <= 0) return today >= c.startDate ? 100 : 0;
  const pct = (daysBetween(c.startDate, today) / total) * 100;
  return Math.max(0, Math.min(100, Math.floor(pct)));
}

/**
 * The COMPETENCE_BEHIND rule: fires when at least COMPETENCE_BEHIND_MIN_ELAPSED_PCT % of the
 * course has elapsed and the share of the course's competences approved is more than
 * COMPETENCE_BEHIND_GAP_POINTS points below the elapsed share. A course without a competence list
 * (total 0) never fires. Returns the figures when it fires, else null.
 */
export function competenceBehind(
  c: { startDate: IsoDate; endDate: IsoDate; approved: number; total: number },
  today: IsoDate,
): { achievedPct: number; elapsedPct: number } | null {
  if (c.total <= 0) return null;
  const elapsedPct = courseElapsedPct(c, today);
  const achievedPct = Math.floor((c.approved / c.total) * 100);
  if (elapsedPct < COMPETENCE_BEHIND_MIN_ELAPSED_PCT) return null;
  if (achievedPct >= elapsedPct - COMPETENCE_BEHIND_GAP_POINTS) return null;
  return { achievedPct, elapsedPct };
}

export const earlyWarningSignalSchema = z.strictObject({
  kind: signalKindSchema,
  /** Days over the deadline / without feedback (null for the other kinds). */
  days: z.number().int().nullable(),
  /** COMPETENCE_BEHIND: percent approved and percent of the course elapsed. */
  achievedPct: z.number().int().nullable(),
  elapsedPct: z.number().int().nullable(),
  /** FEEDBACK_CONCERN: feedback records flagged in the last FEEDBACK_CONCERN_DAYS days; TALK_REQUESTED: open requests. */
  count: z.number().int().nullable(),
  /** A short factual explanation with the figures (Danish), e.g. "ingen feedback i 41 dage". */
  explanation: z.string(),
});
export type EarlyWarningSignal = z.infer<typeof earlyWarningSignalSchema>;

export const EARLY_WARNING_RELATIONS = ['UAO', 'MAIN_SUPERVISOR'] as const;
export const earlyWarningRelationSchema = z.enum(EARLY_WARNING_RELATIONS);

export const earlyWarningCourseSchema = z.strictObject({
  courseId: uuidSchema,
  trainee: z.strictObject({ id: uuidSchema, name: z.string() }),
  track: courseTrackSchema,
  unit: z.strictObject({ id: uuidSchema, name: z.string() }),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  /** Why the caller sees this course. */
  relations: z.array(earlyWarningRelationSchema),
  signals: z.array(earlyWarningSignalSchema),
  /** The open case on the course (only when the caller may read it), else null: "sag åben". */
  openCaseId: uuidSchema.nullable(),
  /** The caller may open a case on the course (difficulty-cases:open and no case open). */
  mayOpenCase: z.boolean(),
});
export type EarlyWarningCourse = z.infer<typeof earlyWarningCourseSchema>;

/** `all=true`: every active course the caller watches, also those without a signal (the case form's list). */
export const earlyWarningsQuerySchema = z.strictObject({
  all: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
export type EarlyWarningsQuery = z.input<typeof earlyWarningsQuerySchema>;

export const earlyWarningsSchema = z.strictObject({
  today: isoDateSchema,
  /** Active courses of the caller with at least one signal (all of them with `all=true`), most signals first, then by name. */
  items: z.array(earlyWarningCourseSchema),
});
export type EarlyWarnings = z.infer<typeof earlyWarningsSchema>;

/** The Danish explanation of a signal (the API's `explanation`; the web formats its own per language). */
export function explainSignal(s: Omit<EarlyWarningSignal, 'explanation'>): string {
  switch (s.kind) {
    case 'EXPECTATION_MEETING_OVERDUE':
      return `forventningssamtale ${s.days} dage over fristen`;
    case 'NO_RECENT_FEEDBACK':
      return `ingen feedback i ${s.days} dage`;
    case 'COMPETENCE_BEHIND':
      return `${s.achievedPct} % af kompetencerne godkendt efter ${s.elapsedPct} % af forløbet`;
    case 'FEEDBACK_CONCERN':
      return `${s.count} feedback markeret som bekymring de sidste ${FEEDBACK_CONCERN_DAYS} dage`;
    case 'TALK_REQUESTED':
      return s.count && s.count > 1
        ? `uddannelseslægen har bedt om en samtale (${s.count} åbne ønsker)`
        : 'uddannelseslægen har bedt om en samtale';
  }
}

// ---------------------------------------------------------------------------------------------
// The confidential case

export const CASE_CAUSES = ['TRAINEE', 'DEPARTMENT', 'BOTH'] as const;
export const caseCauseSchema = z.enum(CASE_CAUSES);
export type CaseCause = z.infer<typeof caseCauseSchema>;

export const CASE_STATES = ['OPEN', 'CLOSED'] as const;
export const caseStateSchema = z.enum(CASE_STATES);
export type CaseState = z.infer<typeof caseStateSchema>;

/** Who attended the plan meeting (the three parties of the meeting). */
export const PLAN_PARTICIPANTS = ['TRAINEE', 'UAO', 'MAIN_SUPERVISOR'] as const;
export const planParticipantSchema = z.enum(PLAN_PARTICIPANTS);
export type PlanParticipant = z.infer<typeof planParticipantSchema>;

/**
 * Why a person may read a case. ADDED = added explicitly with a reason. Only UAO,
 * MAIN_SUPERVISOR and DEPARTMENT_HEAD write (plan, notes, readers, closure).
 */
export const CASE_READER_KINDS = ['TRAINEE', 'UAO', 'MAIN_SUPERVISOR', 'DEPARTMENT_HEAD', 'ADDED'] as const;
export const caseReaderKindSchema = z.enum(CASE_READER_KINDS);
export type CaseReaderKind = z.infer<typeof caseReaderKindSchema>;

export const CASE_DESCRIPTION_MAX = 2000;
export const CASE_TEXT_MAX = 4000;
export const CASE_REASON_MAX = 500;
export const PLAN_FOLLOW_UPS_MAX = 20;

const text = (max: number) => z.string().trim().min(1).max(max);
const personRefSchema = z.strictObject({ id: uuidSchema, name: z.string() });

export const caseIdParamsSchema = z.strictObject({ caseId: uuidSchema });
export const caseReaderParamsSchema = z.strictObject({ caseId: uuidSchema, readerId: uuidSchema });

export const openCaseSchema = z.strictObject({
  courseId: uuidSchema,
  cause: caseCauseSchema,
  description: text(CASE_DESCRIPTION_MAX),
  openedOn: isoDateSchema,
});
export type OpenCase = z.infer<typeof openCaseSchema>;

export const caseListItemSchema = z.strictObject({
  id: uuidSchema,
  courseId: uuidSchema,
  trainee: personRefSchema,
  unit: z.strictObject({ id: uuidSchema, name: z.string() }),
  state: caseStateSchema,
  openedOn: isoDateSchema,
  closedOn: isoDateSchema.nullable(),
  /** Why the caller may read it (one or more). */
  relations: z.array(caseReaderKindSchema),
});
export type CaseListItem = z.infer<typeof caseListItemSchema>;

export const caseListSchema = z.strictObject({ items: z.array(caseListItemSchema) });
export type CaseList = z.infer<typeof caseListSchema>;

export const caseDetailSchema = z.strictObject({
  id: uuidSchema,
  course: z.strictObject({
    id: uuidSchema,
    track: courseTrackSchema,
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    unit: z.strictObject({ id: uuidSchema, name: z.string() }),
  }),
  trainee: personRefSchema,
  cause: caseCauseSchema,
  description: z.string(),
  openedOn: isoDateSchema,
  openedBy: personRefSchema,
  state: caseStateSchema,
  closedOn: isoDateSchema.nullable(),
  closingSummary: z.string().nullable(),
  version: z.number().int(),
  relations: z.array(caseReaderKindSchema),
  /** UAO, hovedvejleder or cheflæge and the case is open: write the plan and notes, manage readers, close. */
  mayWrite: z.boolean(),
  /** Everyone but the trainee reads the follow-up notes. */
  mayReadNotes: z.boolean(),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const casePlanVersionSchema = z.strictObject({
  id: uuidSchema,
  version: z.number().int(),
  meetingDate: isoDateSchema,
  participants: z.array(planParticipantSchema),
  goals: z.string(),
  actions: z.string(),
  support: z.string(),
  followUpDates: z.array(isoDateSchema),
  author: personRefSchema,
  createdAt: z.string(),
});
export type CasePlanVersion = z.infer<typeof casePlanVersionSchema>;

export const casePlanSchema = z.strictObject({
  /** The latest version, or null when no plan has been written. */
  current: casePlanVersionSchema.nullable(),
  /** All versions, newest first (the first is `current`). */
  versions: z.array(casePlanVersionSchema),
});
export type CasePlan = z.infer<typeof casePlanSchema>;

export const writePlanSchema = z.strictObject({
  meetingDate: isoDateSchema,
  participants: z
    .array(planParticipantSchema)
    .min(1)
    .max(3)
    .refine((a) => new Set(a).size === a.length, 'Each participant once'),
  goals: text(CASE_TEXT_MAX),
  actions: text(CASE_TEXT_MAX),
  support: text(CASE_TEXT_MAX),
  followUpDates: z.array(isoDateSchema).max(PLAN_FOLLOW_UPS_MAX),
  /** The version the writer started from (0 when there was none); a newer one answers 409. */
  basedOnVersion: z.number().int().min(0),
});
export type WritePlan = z.infer<typeof writePlanSchema>;

export const caseNoteSchema = z.strictObject({
  id: uuidSchema,
  writtenOn: isoDateSchema,
  author: personRefSchema,
  text: z.string(),
  createdAt: z.string(),
});
export type CaseNote = z.infer<typeof caseNoteSchema>;
export const caseNotesSchema = z.strictObject({ items: z.array(caseNoteSchema) });
export type CaseNotes = z.infer<typeof caseNotesSchema>;

export const writeNoteSchema = z.strictObject({ writtenOn: isoDateSchema, text: text(CASE_TEXT_MAX) });
export type WriteNote = z.infer<typeof writeNoteSchema>;

export const caseReadersSchema = z.strictObject({
  /** The readers by role, determined now from current assignments. */
  automatic: z.array(z.strictObject({ user: personRefSchema, kind: caseReaderKindSchema })),
  /** People added explicitly (current only). */
  added: z.array(
    z.strictObject({
      id: uuidSchema,
      user: personRefSchema,
      reason: z.string(),
      addedBy: personRefSchema,
      addedAt: z.string(),
    }),
  ),
});
export type CaseReaders = z.infer<typeof caseReadersSchema>;

export const addReaderSchema = z.strictObject({
  /** The person's e-mail address in the portal. */
  email: z.string().trim().toLowerCase().pipe(z.email().max(254)),
  reason: text(CASE_REASON_MAX),
});
export type AddReader = z.infer<typeof addReaderSchema>;

export const closeCaseSchema = z.strictObject({
  closedOn: isoDateSchema,
  closingSummary: text(CASE_TEXT_MAX),
  version: z.number().int().min(1),
});
export type CloseCase = z.infer<typeof closeCaseSchema>;

export const CASE_LOG_ACTIONS = [
  'difficulty-case.open',
  'difficulty-case.read',
  'difficulty-case.plan-write',
  'difficulty-case.note-write',
  'difficulty-case.reader-add',
  'difficulty-case.reader-remove',
  'difficulty-case.close',
] as const;
export const caseLogActionSchema = z.enum(CASE_LOG_ACTIONS);
export type CaseLogAction = z.infer<typeof caseLogActionSchema>;

export const caseAccessLogSchema = z.strictObject({
  items: z.array(
    z.strictObject({
      at: z.string(),
      actor: personRefSchema.nullable(),
      action: caseLogActionSchema,
      /** What was read: case, plan, notes, readers or access-log (null for writes). */
      part: z.string().nullable(),
    }),
  ),
});
export type CaseAccessLog = z.infer<typeof caseAccessLogSchema>;
