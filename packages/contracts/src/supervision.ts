import { z } from 'zod';
import { uuidSchema } from './auth.js';
import { courseTrackSchema } from './course-rules.js';
import { isoDateSchema, type IsoDate } from './roles.js';

/**
 * Supervision and feedback on a training course (seed 004 "Pædagogiske metoder"): supervision
 * records (what was supervised, in which setting, the competences touched, next steps) and
 * feedback after the hospital's shared concept (what went well, what to improve, the agreed next
 * step), given by a supervisor of the course or another doctor, seen by the trainee. The trainee
 * can ask for feedback; the supervisor answers from a link or their list.
 */
export const SUPERVISION_SETTINGS = ['WARD_ROUND', 'OUTPATIENT_CLINIC', 'SHIFT', 'PROCEDURE', 'CONFERENCE'] as const;
export const supervisionSettingSchema = z.enum(SUPERVISION_SETTINGS);
export type SupervisionSetting = z.infer<typeof supervisionSettingSchema>;

export const FEEDBACK_REQUEST_STATES = ['OPEN', 'ANSWERED', 'CANCELLED'] as const;
export const feedbackRequestStateSchema = z.enum(FEEDBACK_REQUEST_STATES);
export type FeedbackRequestState = z.infer<typeof feedbackRequestStateSchema>;

/** A trainee is flagged when no feedback was given in this many days (and the course is that old). */
export const FEEDBACK_SILENCE_DAYS = 28;

/**
 * The author of a record may edit or delete it for this many days after creating it (edits carry
 * the version; a stale one answers 409). After that the record stands as written.
 */
export const SUPERVISION_EDIT_WINDOW_DAYS = 7;

/** The day `days` before `today` (ISO dates, calendar days). */
export function feedbackDaysBefore(today: IsoDate, days: number): IsoDate {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/**
 * True when a course lacks feedback: none in the last FEEDBACK_SILENCE_DAYS days, and the course
 * started at least that long ago (a trainee in their first weeks is not yet overdue).
 */
export function lacksFeedback(c: { startDate: IsoDate; lastFeedbackOn: IsoDate | null }, today: IsoDate): boolean {
  const since = feedbackDaysBefore(today, FEEDBACK_SILENCE_DAYS);
  if (c.startDate > since) return false;
  return c.lastFeedbackOn === null || c.lastFeedbackOn <= since;
}

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v === '' ? null : v));

export const SUPERVISION_TEXT_MAX = 4000;

export const supervisionCourseParamsSchema = z.strictObject({ courseId: uuidSchema });
export const feedbackIdParamsSchema = z.strictObject({ feedbackId: uuidSchema });
export const supervisionRecordIdParamsSchema = z.strictObject({ recordId: uuidSchema });
export const feedbackRequestIdParamsSchema = z.strictObject({ requestId: uuidSchema });

const personRefSchema = z.strictObject({ id: uuidSchema, name: z.string() });

// ---------------------------------------------------------------------------------------------
// The supervisor's list: "Mine uddannelseslæger"

export const myTraineeSchema = z.strictObject({
  courseId: uuidSchema,
  trainee: personRefSchema,
  track: courseTrackSchema,
  specialtyName: z.string().nullable(),
  unit: z.strictObject({ id: uuidSchema, name: z.string() }),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  /** The caller is the course's hovedvejleder. */
  isMain: z.boolean(),
  lastFeedbackOn: isoDateSchema.nullable(),
  /** Feedback records of the course (anyone's) in the last FEEDBACK_SILENCE_DAYS days. */
  feedbackLast4Weeks: z.number().int(),
  noFeedback4Weeks: z.boolean(),
  /** Open requests asked of the caller or of all the course's supervisors. */
  openRequests: z.number().int(),
  /** The oldest of those open requests (to answer from the list), or null. */
  firstOpenRequestId: uuidSchema.nullable(),
});
export type MyTrainee = z.infer<typeof myTraineeSchema>;

export const myTraineesSchema = z.strictObject({
  today: isoDateSchema,
  /** Those lacking feedback first (longest without first), then by name. */
  items: z.array(myTraineeSchema),
});
export type MyTrainees = z.infer<typeof myTraineesSchema>;

// ---------------------------------------------------------------------------------------------
// A course's timeline

export const SUPERVISION_TIMELINE_DEFAULT_LIMIT = 20;
export const SUPERVISION_TIMELINE_MAX_LIMIT = 100;

export const courseTimelineQuerySchema = z.strictObject({
  /** The opaque `nextCursor` of the previous page. */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(SUPERVISION_TIMELINE_MAX_LIMIT).default(SUPERVISION_TIMELINE_DEFAULT_LIMIT),
});
export type CourseTimelineQuery = z.infer<typeof courseTimelineQuerySchema>;

export const supervisionCompetenceRefSchema = z.strictObject({ id: uuidSchema, code: z.string(), title: z.string() });
export type SupervisionCompetenceRef = z.infer<typeof supervisionCompetenceRefSchema>;

const entryBase = {
  id: uuidSchema,
  /** The day it happened (given_on / occurred_on). */
  date: isoDateSchema,
  author: personRefSchema,
  createdAt: z.string(),
  version: z.number().int(),
  /** The caller wrote it and is still within the edit window. */
  mayEdit: z.boolean(),
};

export const feedbackEntrySchema = z.strictObject({
  kind: z.literal('FEEDBACK'),
  ...entryBase,
  setting: supervisionSettingSchema.nullable(),
  wentWell: z.string(),
  toImprove: z.string(),
  nextStep: z.string(),
  requestId: uuidSchema.nullable(),
});
export type FeedbackEntry = z.infer<typeof feedbackEntrySchema>;

export const supervisionEntrySchema = z.strictObject({
  kind: z.literal('SUPERVISION'),
  ...entryBase,
  setting: supervisionSettingSchema,
  supervised: z.string(),
  nextSteps: z.string().nullable(),
  competences: z.array(supervisionCompetenceRefSchema),
});
export type SupervisionEntry = z.infer<typeof supervisionEntrySchema>;

export const courseTimelineEntrySchema = z.discriminatedUnion('kind', [feedbackEntrySchema, supervisionEntrySchema]);
export type CourseTimelineEntry = z.infer<typeof courseTimelineEntrySchema>;

export const courseTimelineSchema = z.strictObject({
  /** ALL: every record of the course; OWN: another doctor sees only what they wrote. */
  scope: z.enum(['ALL', 'OWN']),
  items: z.array(courseTimelineEntrySchema),
  nextCursor: z.string().nullable(),
});
export type CourseTimeline = z.infer<typeof courseTimelineSchema>;

// ---------------------------------------------------------------------------------------------
// Writing

export const feedbackFieldsSchema = z.strictObject({
  givenOn: isoDateSchema,
  setting: supervisionSettingSchema.nullable(),
  wentWell: text(SUPERVISION_TEXT_MAX),
  toImprove: text(SUPERVISION_TEXT_MAX),
  nextStep: text(SUPERVISION_TEXT_MAX),
});
export type FeedbackFields = z.infer<typeof feedbackFieldsSchema>;

export const createFeedbackSchema = feedbackFieldsSchema.extend({
  /** The trainee's request this feedback answers (it becomes ANSWERED). */
  requestId: uuidSchema.nullable().optional(),
  /**
   * The giver is concerned about the trainee's course (issue 7): an early-warning signal for the
   * trainee's UAO and hovedvejleder. Never shown on the trainee's screens; kept when the record is edited.
   */
  concern: z.boolean().optional(),
});
export type CreateFeedback = z.infer<typeof createFeedbackSchema>;

export const updateFeedbackSchema = feedbackFieldsSchema.extend({ version: z.number().int().min(1) });
export type UpdateFeedback = z.infer<typeof updateFeedbackSchema>;

export const supervisionFieldsSchema = z.strictObject({
  occurredOn: isoDateSchema,
  setting: supervisionSettingSchema,
  supervised: text(SUPERVISION_TEXT_MAX),
  nextSteps: optionalText(SUPERVISION_TEXT_MAX),
  competenceIds: z.array(uuidSchema).max(30).default([]),
});
export type SupervisionFields = z.input<typeof supervisionFieldsSchema>;

export const createSupervisionSchema = supervisionFieldsSchema;
export type CreateSupervision = z.input<typeof createSupervisionSchema>;

export const updateSupervisionSchema = supervisionFieldsSchema.extend({ version: z.number().int().min(1) });
export type UpdateSupervision = z.input<typeof updateSupervisionSchema>;

export const supervisionDeleteQuerySchema = z.strictObject({ version: z.coerce.number().int().min(1) });

// ---------------------------------------------------------------------------------------------
// Entry context: what the feedback/supervision forms need about a course

export const feedbackRequestSummarySchema = z.strictObject({
  id: uuidSchema,
  courseId: uuidSchema,
  state: feedbackRequestStateSchema,
  message: z.string().nullable(),
  /** The supervisor asked; null = any of the course's supervisors. */
  supervisor: personRefSchema.nullable(),
  createdAt: z.string(),
  answeredFeedbackId: uuidSchema.nullable(),
});
export type FeedbackRequestSummary = z.infer<typeof feedbackRequestSummarySchema>;

export const feedbackContextSchema = z.strictObject({
  courseId: uuidSchema,
  trainee: personRefSchema,
  track: courseTrackSchema,
  unitName: z.string(),
  /** SUPERVISOR: one of the course's supervisors; OTHER_DOCTOR: may give feedback only. */
  relation: z.enum(['SUPERVISOR', 'OTHER_DOCTOR']),
  /** Competences of the course's track (and specialty) to link to a supervision. */
  competences: z.array(supervisionCompetenceRefSchema),
  /** Open requests the caller may answer. */
  openRequests: z.array(feedbackRequestSummarySchema),
});
export type FeedbackContext = z.infer<typeof feedbackContextSchema>;

// ---------------------------------------------------------------------------------------------
// The trainee's side

export const myFeedbackCourseSchema = z.strictObject({
  courseId: uuidSchema,
  track: courseTrackSchema,
  unitName: z.string(),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  supervisors: z.array(personRefSchema.extend({ isMain: z.boolean() })),
  latestFeedback: feedbackEntrySchema.nullable(),
  openRequests: z.array(feedbackRequestSummarySchema),
});
export type MyFeedbackCourse = z.infer<typeof myFeedbackCourseSchema>;

export const myFeedbackSchema = z.strictObject({
  /** The caller's current courses (not cancelled, running today), newest first. */
  courses: z.array(myFeedbackCourseSchema),
});
export type MyFeedback = z.infer<typeof myFeedbackSchema>;

export const createFeedbackRequestSchema = z.strictObject({
  courseId: uuidSchema,
  /** One of the course's supervisors, or null for any of them. */
  supervisorId: uuidSchema.nullable(),
  message: optionalText(1000),
});
export type CreateFeedbackRequest = z.input<typeof createFeedbackRequestSchema>;

/** The request as the supervisor opens it from the link: who asks, and on which course. */
export const feedbackRequestDetailSchema = feedbackRequestSummarySchema.extend({
  trainee: personRefSchema,
});
export type FeedbackRequestDetail = z.infer<typeof feedbackRequestDetailSchema>;

export const createdFeedbackRequestSchema = feedbackRequestSummarySchema.extend({
  /** True when an e-mail with the link went out to the supervisor(s). */
  emailed: z.boolean(),
});
export type CreatedFeedbackRequest = z.infer<typeof createdFeedbackRequestSchema>;
