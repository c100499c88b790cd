import { z } from 'zod';
import { uuidSchema } from './auth.js';
import { courseTrackSchema } from './course-rules.js';
import { isoDateSchema } from './roles.js';

/**
 * The expectation meeting (forventningsafstemning) of a course. Its due date comes from
 * `expectationMeetingDueDate` (course-rules.ts) and is never stored.
 * - NOT_SCHEDULED: no time agreed yet; SCHEDULED: a time and place; HELD: the meeting took place
 *   (held on a date, the record written); CONFIRMED: trainee and hovedvejleder both confirmed the
 *   record. Overdue: not held and the due date has passed (a flag beside the state).
 */
export const MEETING_STATES = ['NOT_SCHEDULED', 'SCHEDULED', 'HELD', 'CONFIRMED'] as const;
export const meetingStateSchema = z.enum(MEETING_STATES);
export type MeetingState = z.infer<typeof meetingStateSchema>;

/** The fields of the meeting's structured record, in the order they are shown. */
export const MEETING_RECORD_FIELDS = [
  'traineeExpectations',
  'supervisorExpectations',
  'goals',
  'tasks',
  'deadlines',
  'responsibilities',
  'collaboration',
  'misunderstandings',
] as const;
export type MeetingRecordField = (typeof MEETING_RECORD_FIELDS)[number];

export const MEETING_TEXT_MAX = 4000;

/** A free-text field of the record: trimmed, empty means "nothing written" (null). */
const recordText = z
  .string()
  .max(MEETING_TEXT_MAX)
  .transform((s) => s.trim())
  .transform((s) => (s === '' ? null : s))
  .nullable();

export const meetingRecordSchema = z.strictObject({
  traineeExpectations: recordText,
  supervisorExpectations: recordText,
  goals: recordText,
  tasks: recordText,
  deadlines: recordText,
  responsibilities: recordText,
  collaboration: recordText,
  misunderstandings: recordText,
});
export type MeetingRecord = z.infer<typeof meetingRecordSchema>;

const personRef = z.strictObject({ id: uuidSchema, name: z.string() });
const confirmationSchema = z.strictObject({ at: z.iso.datetime(), by: personRef });

export const expectationMeetingSchema = z.strictObject({
  courseId: uuidSchema,
  track: courseTrackSchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  cancelled: z.boolean(),
  trainee: personRef,
  mainSupervisor: personRef.nullable(),
  unit: z.strictObject({ id: uuidSchema, name: z.string() }),
  /** Computed from the course (expectationMeetingDueDate). */
  dueDate: isoDateSchema,
  state: meetingStateSchema,
  /** Not held, and the due date has passed (Danish time). */
  overdue: z.boolean(),
  /** When and where it is planned (null: not scheduled). */
  scheduledAt: z.iso.datetime().nullable(),
  place: z.string().nullable(),
  heldOn: isoDateSchema.nullable(),
  record: z.strictObject({
    traineeExpectations: z.string().nullable(),
    supervisorExpectations: z.string().nullable(),
    goals: z.string().nullable(),
    tasks: z.string().nullable(),
    deadlines: z.string().nullable(),
    responsibilities: z.string().nullable(),
    collaboration: z.string().nullable(),
    misunderstandings: z.string().nullable(),
  }),
  traineeConfirmation: confirmationSchema.nullable(),
  supervisorConfirmation: confirmationSchema.nullable(),
  /** 0 while no meeting exists; send it back with every change (409 when stale). */
  version: z.number().int(),
  updatedAt: z.iso.datetime().nullable(),
  /** What the caller may do (the API checks again). */
  may: z.strictObject({
    schedule: z.boolean(),
    record: z.boolean(),
    confirmAsTrainee: z.boolean(),
    confirmAsSupervisor: z.boolean(),
  }),
});
export type ExpectationMeeting = z.infer<typeof expectationMeetingSchema>;

const versionSchema = z.number().int().min(0).max(1_000_000);

export const scheduleMeetingSchema = z.strictObject({
  scheduledAt: z.iso.datetime({ offset: true }),
  place: z.string().trim().min(1).max(200),
  version: versionSchema,
});
export type ScheduleMeetingInput = z.input<typeof scheduleMeetingSchema>;

export const recordMeetingSchema = z.strictObject({
  heldOn: isoDateSchema,
  record: meetingRecordSchema,
  version: versionSchema,
});
export type RecordMeetingInput = z.input<typeof recordMeetingSchema>;

export const confirmMeetingSchema = z.strictObject({ version: versionSchema });
export type ConfirmMeetingInput = z.infer<typeof confirmMeetingSchema>;

/** A positive integer sent as a query string (an array is refused). */
const intParam = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, 'Expected a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/**
 * Which meetings a list shows: `open` = not yet held (due and overdue), `due` = not held and the
 * due date still ahead (or today), `overdue` = not held and past due, `held` = held but not
 * confirmed by both, `all` = every course of the caller's scope that has not ended.
 */
export const MEETING_LIST_FILTERS = ['open', 'due', 'overdue', 'held', 'all'] as const;
export const meetingListQuerySchema = z.strictObject({
  state: z.enum(MEETING_LIST_FILTERS).default('open'),
  page: intParam(1, 100_000).default(1),
  pageSize: intParam(1, 100).default(25),
});
export type MeetingListQuery = z.input<typeof meetingListQuerySchema>;

export const meetingListItemSchema = z.strictObject({
  courseId: uuidSchema,
  trainee: personRef,
  mainSupervisor: personRef.nullable(),
  unit: z.strictObject({ id: uuidSchema, name: z.string() }),
  track: courseTrackSchema,
  startDate: isoDateSchema,
  dueDate: isoDateSchema,
  state: meetingStateSchema,
  overdue: z.boolean(),
  scheduledAt: z.iso.datetime().nullable(),
});
export type MeetingListItem = z.infer<typeof meetingListItemSchema>;

export const meetingListSchema = z.strictObject({
  items: z.array(meetingListItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type MeetingList = z.infer<typeof meetingListSchema>;

/** Messages the portal sent to the caller (reminders by e-mail). */
export const NOTIFICATION_KINDS = ['MEETING_DUE_SOON', 'MEETING_OVERDUE', 'TALK_REQUESTED'] as const;
export const notificationKindSchema = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

export const myNotificationsQuerySchema = z.strictObject({
  page: intParam(1, 100_000).default(1),
  pageSize: intParam(1, 100).default(25),
});
export type MyNotificationsQuery = z.input<typeof myNotificationsQuerySchema>;

export const sentMessageSchema = z.strictObject({
  id: uuidSchema,
  kind: notificationKindSchema,
  courseId: uuidSchema,
  toAddress: z.string(),
  subject: z.string(),
  body: z.string(),
  createdAt: z.iso.datetime(),
  /** When the SMTP server accepted it; null while it waits (or is retried). */
  sentAt: z.iso.datetime().nullable(),
});
export type SentMessage = z.infer<typeof sentMessageSchema>;

export const notificationListSchema = z.strictObject({
  items: z.array(sentMessageSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type NotificationList = z.infer<typeof notificationListSchema>;
