import { z } from 'zod';
import { uuidSchema, unitRefSchema } from './auth.js';
import { isoDateSchema } from './roles.js';

/**
 * Education bodies (issue 3): uddannelsesråd (COUNCIL, hospital), uddannelsesteam (TEAM, department),
 * uddannelsesforum (FORUM, department, for supervisors) and the UAO/UKS/UKYL network (NETWORK,
 * hospital); their members, meetings, agenda, minutes, attendance and action items.
 */
export const BODY_KINDS = ['COUNCIL', 'TEAM', 'FORUM', 'NETWORK'] as const;
export const bodyKindSchema = z.enum(BODY_KINDS);
export type BodyKind = z.infer<typeof bodyKindSchema>;

/** The unit kind a body of each kind belongs to. */
export const BODY_UNIT_KIND: Record<BodyKind, 'HOSPITAL' | 'DEPARTMENT'> = {
  COUNCIL: 'HOSPITAL',
  TEAM: 'DEPARTMENT',
  FORUM: 'DEPARTMENT',
  NETWORK: 'HOSPITAL',
};

/**
 * Standing agenda items, added to every new meeting of a body of that kind (Danish: they are the
 * strategy's own words, stored with the meeting as written).
 */
export const STANDING_AGENDA_ITEMS: Record<BodyKind, readonly string[]> = {
  COUNCIL: [],
  TEAM: [],
  FORUM: ['Uddannelseslæger i vanskeligheder: forebyggelse, tidlig opsporing og håndtering'],
  NETWORK: ['Strategiinitiativer'],
};

export const MEMBER_FUNCTIONS = [
  'CHAIR', // formand
  'MANAGEMENT', // repræsentant for afdelingsledelsen (fx cheflæge)
  'UAO',
  'UKS',
  'UKYL',
  'AP_UKYL',
  'SUPERVISOR', // vejleder
  'SECRETARY', // sekretær
  'FACILITATOR', // uddannet facilitator (netværk)
  'OTHER', // free text in functionOther
] as const;
export const memberFunctionSchema = z.enum(MEMBER_FUNCTIONS);
export type MemberFunction = z.infer<typeof memberFunctionSchema>;

/** An education team must have at least these functions among its current members. */
export const TEAM_REQUIRED_FUNCTIONS: readonly MemberFunction[] = ['MANAGEMENT', 'UAO', 'UKYL'];

export const CADENCE_UNITS = ['MONTH', 'DAY'] as const;
export const cadenceUnitSchema = z.enum(CADENCE_UNITS);
export type CadenceUnit = z.infer<typeof cadenceUnitSchema>;

/**
 * Grace added to the cadence before a body counts as overdue: a monthly body is "working" while
 * its last held meeting is at most 1 month + 14 days old (a meeting moved by a week or two does not
 * flag it). The SQL in education-bodies.repository.ts uses the same number.
 */
export const WORKING_GRACE_DAYS = 14;

export const MEETING_STATUSES = ['PLANNED', 'HELD', 'CANCELLED'] as const;
export const meetingStatusSchema = z.enum(MEETING_STATUSES);
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;

export const ATTENDANCE_STATUSES = ['PRESENT', 'ABSENT', 'EXCUSED'] as const;
export const attendanceStatusSchema = z.enum(ATTENDANCE_STATUSES);
export type AttendanceStatus = z.infer<typeof attendanceStatusSchema>;

/** WORKING: last held meeting inside the window; OVERDUE: past it; NEW: no meeting yet, first window running. */
export const BODY_HEALTH = ['WORKING', 'OVERDUE', 'NEW'] as const;
export const bodyHealthSchema = z.enum(BODY_HEALTH);
export type BodyHealth = z.infer<typeof bodyHealthSchema>;

const text = (max: number) => z.string().trim().max(max);
const requiredText = (max: number) => z.string().trim().min(1).max(max);
/** A local time in Denmark, HH:MM. */
export const localTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM');

export const cadenceSchema = z
  .strictObject({ value: z.number().int().min(1).max(730), unit: cadenceUnitSchema })
  .refine((c) => c.unit === 'DAY' || c.value <= 24, { message: 'At most 24 months', path: ['value'] });
export type Cadence = z.infer<typeof cadenceSchema>;

// ---- params and queries ----
export const bodyIdParamsSchema = z.strictObject({ bodyId: uuidSchema });
export const memberIdParamsSchema = z.strictObject({ bodyId: uuidSchema, memberId: uuidSchema });
export const meetingIdParamsSchema = z.strictObject({ meetingId: uuidSchema });
export const actionItemIdParamsSchema = z.strictObject({ itemId: uuidSchema });

export const bodyListQuerySchema = z.strictObject({
  unitId: uuidSchema.optional(),
  kind: bodyKindSchema.optional(),
  overdue: z.enum(['true', 'false']).optional(),
});
export type BodyListQuery = z.infer<typeof bodyListQuerySchema>;

// ---- responses ----
export const personRefSchema = z.strictObject({ id: uuidSchema, name: z.string() });
export type PersonRef = z.infer<typeof personRefSchema>;

export const bodyStatusSchema = z.strictObject({
  health: bodyHealthSchema,
  /** True when the last held meeting is inside the cadence window (+ grace). */
  working: z.boolean(),
  lastHeldAt: z.iso.datetime({ offset: true }).nullable(),
  nextPlannedAt: z.iso.datetime({ offset: true }).nullable(),
  /** When the body turns (or turned) overdue without another held meeting. */
  dueBy: z.iso.datetime({ offset: true }),
  /** Set when overdue: the moment it became overdue. */
  overdueSince: z.iso.datetime({ offset: true }).nullable(),
});
export type BodyStatus = z.infer<typeof bodyStatusSchema>;

export const bodySummarySchema = z.strictObject({
  id: uuidSchema,
  kind: bodyKindSchema,
  name: z.string(),
  unit: unitRefSchema,
  cadence: z.strictObject({ value: z.number().int(), unit: cadenceUnitSchema }),
  status: bodyStatusSchema,
  memberCount: z.number().int(),
  /** The caller may manage this body (members, meetings, minutes). */
  canManage: z.boolean(),
});
export type BodySummary = z.infer<typeof bodySummarySchema>;
export const bodyListSchema = z.strictObject({ items: z.array(bodySummarySchema) });

export const memberSchema = z.strictObject({
  id: uuidSchema,
  person: personRefSchema,
  function: memberFunctionSchema,
  functionOther: z.string().nullable(),
  startDate: isoDateSchema,
  endDate: isoDateSchema.nullable(),
  /** Member today (start <= today <= end). */
  current: z.boolean(),
});
export type Member = z.infer<typeof memberSchema>;

export const meetingSummarySchema = z.strictObject({
  id: uuidSchema,
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  place: z.string(),
  status: meetingStatusSchema,
  openActionItems: z.number().int(),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

export const bodyDetailSchema = z.strictObject({
  ...bodySummarySchema.shape,
  termsOfReference: z.string(),
  version: z.number().int(),
  members: z.array(memberSchema),
  /** Functions an education team lacks among its current members (empty for other kinds). */
  missingFunctions: z.array(memberFunctionSchema),
  meetings: z.array(meetingSummarySchema),
});
export type BodyDetail = z.infer<typeof bodyDetailSchema>;

export const agendaItemSchema = z.strictObject({ id: uuidSchema, title: z.string(), standing: z.boolean() });
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const attendanceEntrySchema = z.strictObject({
  memberId: uuidSchema,
  person: personRefSchema,
  function: memberFunctionSchema,
  functionOther: z.string().nullable(),
  /** null: not recorded yet. */
  status: attendanceStatusSchema.nullable(),
});

export const actionItemSchema = z.strictObject({
  id: uuidSchema,
  text: z.string(),
  owner: personRefSchema,
  dueDate: isoDateSchema.nullable(),
  done: z.boolean(),
  doneAt: z.iso.datetime({ offset: true }).nullable(),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

export const meetingDetailSchema = z.strictObject({
  id: uuidSchema,
  body: z.strictObject({ id: uuidSchema, kind: bodyKindSchema, name: z.string(), unit: unitRefSchema }),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  /** The same times as Danish local date and HH:MM (for forms). */
  date: isoDateSchema,
  startTime: localTimeSchema,
  endTime: localTimeSchema,
  place: z.string(),
  status: meetingStatusSchema,
  version: z.number().int(),
  agenda: z.array(agendaItemSchema),
  minutes: z.string(),
  decisions: z.string(),
  minutesVersion: z.number().int(),
  attendance: z.array(attendanceEntrySchema),
  actionItems: z.array(actionItemSchema),
  canManage: z.boolean(),
});
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;

export const myMeetingSchema = z.strictObject({
  id: uuidSchema,
  body: z.strictObject({ id: uuidSchema, kind: bodyKindSchema, name: z.string(), unit: unitRefSchema }),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  place: z.string(),
});
export type MyMeeting = z.infer<typeof myMeetingSchema>;
export const myMeetingListSchema = z.strictObject({ items: z.array(myMeetingSchema) });

export const memberCandidateSchema = z.strictObject({ id: uuidSchema, name: z.string(), title: z.string().nullable() });
export const memberCandidateListSchema = z.strictObject({ items: z.array(memberCandidateSchema) });
export type MemberCandidate = z.infer<typeof memberCandidateSchema>;

// ---- requests ----
export const createBodyRequestSchema = z.strictObject({
  kind: bodyKindSchema,
  unitId: uuidSchema,
  name: requiredText(200),
  cadence: cadenceSchema.default({ value: 1, unit: 'MONTH' }),
  termsOfReference: text(20_000).default(''),
});
export type CreateBodyRequest = z.input<typeof createBodyRequestSchema>;

export const updateBodyRequestSchema = z.strictObject({
  name: requiredText(200),
  cadence: cadenceSchema,
  termsOfReference: text(20_000),
  /** The version the client edited; a stale one answers 409. */
  version: z.number().int().min(1),
});
export type UpdateBodyRequest = z.infer<typeof updateBodyRequestSchema>;

const memberFields = {
  function: memberFunctionSchema,
  functionOther: text(100).nullable().default(null),
  startDate: isoDateSchema,
  endDate: isoDateSchema.nullable().default(null),
};
const otherNeedsText = [
  (m: { function: MemberFunction; functionOther: string | null }) =>
    m.function !== 'OTHER' || (m.functionOther ?? '').length > 0,
  { message: 'Describe the function', path: ['functionOther'] },
] as [(m: { function: MemberFunction; functionOther: string | null }) => boolean, { message: string; path: string[] }];
const endAfterStart = [
  (m: { startDate: string; endDate: string | null }) => m.endDate === null || m.endDate >= m.startDate,
  { message: 'The end date is before the start date', path: ['endDate'] },
] as [(m: { startDate: string; endDate: string | null }) => boolean, { message: string; path: string[] }];
export const addMemberRequestSchema = z
  .strictObject({ userId: uuidSchema, ...memberFields })
  .refine(...otherNeedsText)
  .refine(...endAfterStart);
export type AddMemberRequest = z.input<typeof addMemberRequestSchema>;
export const updateMemberRequestSchema = z
  .strictObject(memberFields)
  .refine(...otherNeedsText)
  .refine(...endAfterStart);
export type UpdateMemberRequest = z.input<typeof updateMemberRequestSchema>;

const meetingTime = {
  date: isoDateSchema,
  startTime: localTimeSchema,
  endTime: localTimeSchema,
  place: text(200).default(''),
};
export const createMeetingRequestSchema = z
  .strictObject({
    ...meetingTime,
    /** Agenda items besides the standing ones (those are added by the server). */
    agenda: z.array(requiredText(300)).max(40).default([]),
  })
  .refine((m) => m.endTime > m.startTime, { message: 'The meeting must end after it starts', path: ['endTime'] });
export type CreateMeetingRequest = z.input<typeof createMeetingRequestSchema>;

export const updateMeetingRequestSchema = z
  .strictObject({
    ...meetingTime,
    /** The non-standing agenda items, in order (standing items stay first). */
    agenda: z.array(requiredText(300)).max(40),
    version: z.number().int().min(1),
  })
  .refine((m) => m.endTime > m.startTime, { message: 'The meeting must end after it starts', path: ['endTime'] });
export type UpdateMeetingRequest = z.input<typeof updateMeetingRequestSchema>;

export const setMeetingStatusRequestSchema = z.strictObject({
  status: meetingStatusSchema,
  version: z.number().int().min(1),
});
export type SetMeetingStatusRequest = z.infer<typeof setMeetingStatusRequestSchema>;

export const updateMinutesRequestSchema = z.strictObject({
  minutes: text(50_000),
  decisions: text(20_000),
  /** The minutesVersion the client edited; a stale one answers 409 with the current text. */
  minutesVersion: z.number().int().min(1),
});
export type UpdateMinutesRequest = z.infer<typeof updateMinutesRequestSchema>;

export const setAttendanceRequestSchema = z.strictObject({
  entries: z
    .array(z.strictObject({ memberId: uuidSchema, status: attendanceStatusSchema.nullable() }))
    .min(1)
    .max(200),
});
export type SetAttendanceRequest = z.infer<typeof setAttendanceRequestSchema>;

export const createActionItemRequestSchema = z.strictObject({
  text: requiredText(1000),
  ownerId: uuidSchema,
  dueDate: isoDateSchema.nullable().default(null),
});
export type CreateActionItemRequest = z.input<typeof createActionItemRequestSchema>;

export const setActionItemDoneRequestSchema = z.strictObject({ done: z.boolean() });
export type SetActionItemDoneRequest = z.infer<typeof setActionItemDoneRequestSchema>;
