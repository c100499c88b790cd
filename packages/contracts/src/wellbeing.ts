import { z } from 'zod';
import { unitRefSchema, uuidSchema } from './auth.js';
import { personRefSchema } from './education-bodies.js';
import { isoDateSchema, type IsoDate } from './roles.js';

/**
 * Well-being (issue 7; seed 004 "Trivsel og tryghed"): defusing after every shift with three
 * questions, requests for a follow-up talk, department aggregates (never fewer than
 * MIN_AGGREGATE_ANSWERS defusings behind a figure) and the department's well-being meetings.
 */

export const SHIFT_KINDS = ['DAY', 'EVENING', 'NIGHT'] as const;
export const shiftKindSchema = z.enum(SHIFT_KINDS);
export type ShiftKind = z.infer<typeof shiftKindSchema>;

/** "Hvordan gik vagten?": 1 = meget dårligt … 5 = rigtig godt. */
export const HOW_WENT_MIN = 1;
export const HOW_WENT_MAX = 5;

/** A defusing may be recorded for a shift at most this many days back (and not in the future). */
export const DEFUSING_MAX_DAYS_BACK = 14;

export const TALK_REQUEST_STATES = ['OPEN', 'HELD', 'DECLINED'] as const;
export const talkRequestStateSchema = z.enum(TALK_REQUEST_STATES);
export type TalkRequestState = z.infer<typeof talkRequestStateSchema>;

/** Why the chosen person may be asked: the course's supervisor, the department's UAO or UKS. */
export const TALK_PERSON_ROLES = ['MAIN_SUPERVISOR', 'SUPERVISOR', 'UAO', 'UKS'] as const;
export const talkPersonRoleSchema = z.enum(TALK_PERSON_ROLES);
export type TalkPersonRole = z.infer<typeof talkPersonRoleSchema>;

const shortText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .default(null)
    .transform((v) => (v === null || v === '' ? null : v));

const addDays = (iso: IsoDate, days: number): IsoDate => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** Null when the shift date is allowed on `today`; otherwise why not (the web form shows the same). */
export function shiftDateProblem(shiftDate: IsoDate, today: IsoDate): 'FUTURE' | 'TOO_OLD' | null {
  if (shiftDate > today) return 'FUTURE';
  if (shiftDate < addDays(today, -DEFUSING_MAX_DAYS_BACK)) return 'TOO_OLD';
  return null;
}

export const talkRequestInputSchema = z.strictObject({
  /** One of the persons the options list for the course. */
  requestedOfId: uuidSchema,
  /** An optional message for the chosen person (they see it; the scale answers they do not). */
  message: shortText(500),
});
export type TalkRequestInput = z.input<typeof talkRequestInputSchema>;

export const createDefusingSchema = z.strictObject({
  /** The trainee's course (the trainee's own, or one in the recorder's department). */
  courseId: uuidSchema,
  /** Default: today (Danish time). Not in the future, not older than 14 days. */
  shiftDate: isoDateSchema.optional(),
  shiftKind: shiftKindSchema.nullable().default(null),
  howWent: z.number().int().min(HOW_WENT_MIN).max(HOW_WENT_MAX),
  hadChallenges: z.boolean(),
  challengesNote: shortText(1000),
  otherNote: shortText(1000),
  talkRequest: talkRequestInputSchema.nullable().default(null),
});
export type CreateDefusing = z.input<typeof createDefusingSchema>;

export const createTalkRequestSchema = z.strictObject({
  courseId: uuidSchema,
  requestedOfId: uuidSchema,
  message: shortText(500),
});
export type CreateTalkRequest = z.input<typeof createTalkRequestSchema>;

export const talkPersonSchema = z.strictObject({
  id: uuidSchema,
  name: z.string(),
  roles: z.array(talkPersonRoleSchema),
});
export type TalkPerson = z.infer<typeof talkPersonSchema>;

/** A course the caller may record a defusing for, with the persons a talk may be asked of. */
export const defusingCourseOptionSchema = z.strictObject({
  courseId: uuidSchema,
  trainee: personRefSchema,
  unit: unitRefSchema,
  track: z.string(),
  /** True for the caller's own course (a trainee recording for themselves). */
  own: z.boolean(),
  talkPersons: z.array(talkPersonSchema),
});
export type DefusingCourseOption = z.infer<typeof defusingCourseOptionSchema>;

export const defusingOptionsSchema = z.strictObject({
  today: isoDateSchema,
  courses: z.array(defusingCourseOptionSchema),
});
export type DefusingOptions = z.infer<typeof defusingOptionsSchema>;

export const talkRequestSchema = z.strictObject({
  id: uuidSchema,
  courseId: uuidSchema,
  trainee: personRefSchema,
  unit: unitRefSchema,
  requestedOf: personRefSchema,
  defusingId: uuidSchema.nullable(),
  /** The shift date when asked with a defusing. */
  shiftDate: isoDateSchema.nullable(),
  message: z.string().nullable(),
  state: talkRequestStateSchema,
  heldOn: isoDateSchema.nullable(),
  resolutionNote: z.string().nullable(),
  resolvedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  version: z.number().int(),
});
export type TalkRequest = z.infer<typeof talkRequestSchema>;

export const talkRequestListSchema = z.strictObject({ items: z.array(talkRequestSchema) });
export type TalkRequestList = z.infer<typeof talkRequestListSchema>;

export const talkRequestListQuerySchema = z.strictObject({
  /** open (default) = still to be answered; all = also the held and declined ones. */
  state: z.enum(['open', 'all']).default('open'),
});
export type TalkRequestListQuery = z.input<typeof talkRequestListQuerySchema>;

export const talkRequestIdParamsSchema = z.strictObject({ talkRequestId: uuidSchema });

/** The chosen person's answer: the talk was held (date), or declined / passed on (note). */
export const resolveTalkRequestSchema = z
  .strictObject({
    outcome: z.enum(['HELD', 'DECLINED']),
    heldOn: isoDateSchema.nullable().default(null),
    note: shortText(1000),
    version: z.number().int().min(1),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'HELD' && v.heldOn === null)
      ctx.addIssue({ code: 'custom', path: ['heldOn'], message: 'The date of the talk is required' });
    if (v.outcome === 'DECLINED' && v.heldOn !== null)
      ctx.addIssue({ code: 'custom', path: ['heldOn'], message: 'A declined request has no talk date' });
    if (v.outcome === 'DECLINED' && v.note === null)
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'Say why, or to whom it was passed on' });
  });
export type ResolveTalkRequest = z.input<typeof resolveTalkRequestSchema>;

export const defusingSchema = z.strictObject({
  id: uuidSchema,
  courseId: uuidSchema,
  trainee: personRefSchema,
  unit: unitRefSchema,
  recordedBy: personRefSchema,
  shiftDate: isoDateSchema,
  shiftKind: shiftKindSchema.nullable(),
  howWent: z.number().int(),
  hadChallenges: z.boolean(),
  challengesNote: z.string().nullable(),
  otherNote: z.string().nullable(),
  createdAt: z.iso.datetime(),
  /** The follow-up talk asked for with this defusing, if any (with its status). */
  talkRequest: talkRequestSchema.nullable(),
});
export type Defusing = z.infer<typeof defusingSchema>;

export const defusingListSchema = z.strictObject({ items: z.array(defusingSchema) });
export type DefusingList = z.infer<typeof defusingListSchema>;

export const defusingIdParamsSchema = z.strictObject({ defusingId: uuidSchema });

// ---- Department aggregates -------------------------------------------------------------------

/** A calendar month, YYYY-MM: the aggregates are always whole months (no differencing by days). */
export const isoMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Expected a month as YYYY-MM');
export type IsoMonth = z.infer<typeof isoMonthSchema>;

export const wellbeingPeriodQuerySchema = z
  .strictObject({
    /** First month (default: 5 months before `to`). */
    from: isoMonthSchema.optional(),
    /** Last month (default: this month). */
    to: isoMonthSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.from > v.to)
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'from must not be after to' });
  });
export type WellbeingPeriodQuery = z.input<typeof wellbeingPeriodQuerySchema>;

export const wellbeingUnitParamsSchema = z.strictObject({ unitId: uuidSchema });

/**
 * The figures of one group (a month of a department, or a department over the period). `shown`
 * false = fewer than MIN_AGGREGATE_ANSWERS defusings: every figure is null ("for få svar").
 */
export const wellbeingFiguresSchema = z.strictObject({
  shown: z.boolean(),
  defusings: z.number().int().nullable(),
  /** Mean of "Hvordan gik vagten?" (1–5), one decimal. */
  meanHowWent: z.number().nullable(),
  /** Count per answer 1..5 (index 0 = 1). */
  distribution: z.array(z.number().int()).length(5).nullable(),
  /** Share (0–1) of defusings reporting challenges or unpleasant experiences. */
  challengesShare: z.number().nullable(),
  talkRequests: z.number().int().nullable(),
});
export type WellbeingFigures = z.infer<typeof wellbeingFiguresSchema>;

export const wellbeingMonthSchema = wellbeingFiguresSchema.extend({ month: isoMonthSchema });
export type WellbeingMonth = z.infer<typeof wellbeingMonthSchema>;

export const wellbeingMeetingSchema = z.strictObject({
  id: uuidSchema,
  unit: unitRefSchema,
  heldOn: isoDateSchema,
  attended: z.number().int(),
  themes: z.array(z.string()),
  note: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type WellbeingMeeting = z.infer<typeof wellbeingMeetingSchema>;

export const createWellbeingMeetingSchema = z.strictObject({
  heldOn: isoDateSchema,
  attended: z.number().int().min(0).max(10_000),
  themes: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
  note: shortText(1000),
});
export type CreateWellbeingMeeting = z.input<typeof createWellbeingMeetingSchema>;

/** The hospital's shared events this year (activities): KBU intro days, staff meetings, theme days. */
export const hospitalEventSchema = z.strictObject({
  id: uuidSchema,
  kind: z.enum(['KBU_INTRO_DAY', 'STAFF_MEETING', 'THEME_DAY']),
  title: z.string(),
  startsOn: isoDateSchema,
  state: z.string(),
});
export type HospitalEvent = z.infer<typeof hospitalEventSchema>;

export const departmentWellbeingSchema = z.strictObject({
  unit: unitRefSchema,
  hospital: unitRefSchema.nullable(),
  from: isoMonthSchema,
  to: isoMonthSchema,
  minAnswers: z.number().int(),
  months: z.array(wellbeingMonthSchema),
  /** The department's well-being meetings this year (newest first). */
  meetings: z.array(wellbeingMeetingSchema),
  /** The hospital's KBU intro days, staff meetings and theme days this year. */
  hospitalEvents: z.array(hospitalEventSchema),
  /** Whether the caller may record a well-being meeting for the department. */
  canRecordMeeting: z.boolean(),
});
export type DepartmentWellbeing = z.infer<typeof departmentWellbeingSchema>;

export const wellbeingOverviewRowSchema = wellbeingFiguresSchema.extend({
  unit: unitRefSchema,
  hospital: unitRefSchema.nullable(),
});
export type WellbeingOverviewRow = z.infer<typeof wellbeingOverviewRowSchema>;

/**
 * The departments in scope over the period. A department's figures add up only its months with
 * at least MIN_AGGREGATE_ANSWERS defusings (so the overview never reveals a withheld month by
 * subtraction); `shown` false when none of its months may be shown.
 */
export const wellbeingOverviewSchema = z.strictObject({
  from: isoMonthSchema,
  to: isoMonthSchema,
  minAnswers: z.number().int(),
  items: z.array(wellbeingOverviewRowSchema),
});
export type WellbeingOverview = z.infer<typeof wellbeingOverviewSchema>;
