import { z } from 'zod';
import { uuidSchema, unitRefSchema } from './auth.js';
import { isoDateSchema } from './roles.js';

/**
 * Tutorcentret's activities (seed 000): afdelingsvendte besøg (department visits with focus on
 * education), vejlederkurser (supervisor courses), temadage, workshops and tematimer; and the
 * AMU's in general practice (seed 001): introduktionsmøder, logbogskurser and courses for tutor
 * doctors, theme days, and the 3-yearly visits to hospital departments in GP training.
 */
export const ACTIVITY_KINDS = [
  'DEPARTMENT_VISIT',
  'SUPERVISOR_COURSE',
  'THEME_DAY',
  'WORKSHOP',
  'THEME_HOUR',
  'INTRO_MEETING',
  'COURSE',
  // Seed 004 (MVH): one shared intro day for all KBU doctors; annual staff meetings.
  'KBU_INTRO_DAY',
  'STAFF_MEETING',
] as const;
export const activityKindSchema = z.enum(ACTIVITY_KINDS);
export type ActivityKind = z.infer<typeof activityKindSchema>;

export const ACTIVITY_STATES = ['PLANNED', 'HELD', 'CANCELLED'] as const;
export const activityStateSchema = z.enum(ACTIVITY_STATES);
export type ActivityState = z.infer<typeof activityStateSchema>;

/** Who an activity is for: UAO, vejledere, uddannelseslæger, or everyone. */
export const ACTIVITY_AUDIENCES = ['UAO', 'SUPERVISORS', 'TRAINEES', 'ALL'] as const;
export const activityAudienceSchema = z.enum(ACTIVITY_AUDIENCES);
export type ActivityAudience = z.infer<typeof activityAudienceSchema>;

/** Registered; waitlisted when the activity was full; cancelled (by the participant or the centre). */
export const REGISTRATION_STATUSES = ['REGISTERED', 'WAITLISTED', 'CANCELLED'] as const;
export const registrationStatusSchema = z.enum(REGISTRATION_STATUSES);
export type RegistrationStatus = z.infer<typeof registrationStatusSchema>;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable();

export const activityIdParamsSchema = z.strictObject({ activityId: uuidSchema });
export const registrationParamsSchema = z.strictObject({ activityId: uuidSchema, registrationId: uuidSchema });
export const followUpParamsSchema = z.strictObject({ activityId: uuidSchema, followUpId: uuidSchema });

const activityFields = {
  kind: activityKindSchema,
  title: text(200),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema.nullable(),
  place: optionalText(200),
  audience: activityAudienceSchema,
  /** Seats; null = no limit (e.g. a department visit). */
  capacity: z.number().int().min(1).max(10_000).nullable(),
  description: optionalText(4000),
  /** The department visited (department visits only). */
  departmentId: uuidSchema.nullable(),
};

function checkDates(v: { startsOn: string; endsOn: string | null }, ctx: z.RefinementCtx) {
  if (v.endsOn !== null && v.endsOn < v.startsOn)
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'The end date is before the start date' });
}
function checkDepartment(v: { kind: ActivityKind; departmentId: string | null }, ctx: z.RefinementCtx) {
  if (v.kind === 'DEPARTMENT_VISIT' && v.departmentId === null)
    ctx.addIssue({ code: 'custom', path: ['departmentId'], message: 'A department visit needs the department' });
  if (v.kind !== 'DEPARTMENT_VISIT' && v.departmentId !== null)
    ctx.addIssue({ code: 'custom', path: ['departmentId'], message: 'Only a department visit has a department' });
}

export const createActivitySchema = z
  .strictObject({
    ...activityFields,
    /**
     * Organised by: the hospital whose education centre holds it, or the GP area (org unit kind
     * GP_AREA) whose AMU holds it; null = region-wide (regional administrator only).
     */
    hospitalId: uuidSchema.nullable(),
  })
  .superRefine((v, ctx) => {
    checkDates(v, ctx);
    checkDepartment(v, ctx);
  });
export type CreateActivity = z.infer<typeof createActivitySchema>;

export const updateActivitySchema = z
  .strictObject({
    ...activityFields,
    state: activityStateSchema,
    /** The version that was edited; a stale one answers 409. */
    version: z.number().int().min(1),
  })
  .superRefine((v, ctx) => {
    checkDates(v, ctx);
    checkDepartment(v, ctx);
  });
export type UpdateActivity = z.infer<typeof updateActivitySchema>;

/** The short report of a department visit. */
export const updateReportSchema = z.strictObject({
  report: optionalText(10_000),
  version: z.number().int().min(1),
});
export type UpdateReport = z.infer<typeof updateReportSchema>;

/** A portal user, or an external participant by name, e-mail and department. */
export const createRegistrationSchema = z.union([
  z.strictObject({ userId: uuidSchema }),
  z.strictObject({
    name: text(200),
    email: z.string().trim().toLowerCase().pipe(z.email().max(254)),
    department: optionalText(200),
  }),
]);
export type CreateRegistration = z.infer<typeof createRegistrationSchema>;

export const attendanceSchema = z.strictObject({
  items: z
    .array(z.strictObject({ registrationId: uuidSchema, attended: z.boolean().nullable() }))
    .min(1)
    .max(1000),
});
export type Attendance = z.infer<typeof attendanceSchema>;

export const followUpInputSchema = z
  .strictObject({
    text: text(1000),
    /** Owner as a portal user, or as free text (e.g. "UAO, Kardiologisk Afdeling"). */
    ownerUserId: uuidSchema.nullable(),
    ownerText: optionalText(200),
    dueOn: isoDateSchema.nullable(),
    done: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (v.ownerUserId !== null && v.ownerText)
      ctx.addIssue({ code: 'custom', path: ['ownerText'], message: 'Give the owner as a person or as text, not both' });
  });
export type FollowUpInput = z.infer<typeof followUpInputSchema>;

export const registrationSchema = z.strictObject({
  id: uuidSchema,
  userId: uuidSchema.nullable(),
  name: z.string(),
  email: z.string(),
  department: z.string().nullable(),
  status: registrationStatusSchema,
  /** null until attendance is recorded after the activity. */
  attended: z.boolean().nullable(),
  registeredAt: z.iso.datetime(),
});
export type Registration = z.infer<typeof registrationSchema>;

export const followUpSchema = z.strictObject({
  id: uuidSchema,
  text: z.string(),
  owner: z.strictObject({ id: uuidSchema, name: z.string() }).nullable(),
  ownerText: z.string().nullable(),
  dueOn: isoDateSchema.nullable(),
  done: z.boolean(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const activitySummarySchema = z.strictObject({
  id: uuidSchema,
  kind: activityKindSchema,
  title: z.string(),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema.nullable(),
  place: z.string().nullable(),
  audience: activityAudienceSchema,
  capacity: z.number().int().nullable(),
  state: activityStateSchema,
  /** Organised by: a hospital or a GP area; null = region-wide. */
  hospital: unitRefSchema.nullable(),
  department: unitRefSchema.nullable(),
  registeredCount: z.number().int(),
  waitlistedCount: z.number().int(),
});
export type ActivitySummary = z.infer<typeof activitySummarySchema>;

export const activitySchema = activitySummarySchema.extend({
  description: z.string().nullable(),
  report: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
  registrations: z.array(registrationSchema),
  followUps: z.array(followUpSchema),
});
export type Activity = z.infer<typeof activitySchema>;

export const activityListQuerySchema = z
  .strictObject({
    kind: activityKindSchema.optional(),
    state: activityStateSchema.optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    unitId: uuidSchema.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'The period ends before it starts' });
export const activityListSchema = z.strictObject({ items: z.array(activitySummarySchema) });

export const activityStatsQuerySchema = z
  .strictObject({ from: isoDateSchema, to: isoDateSchema, unitId: uuidSchema.optional() })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'The period ends before it starts' })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 5 * 366 * 86_400_000, {
    path: ['to'],
    message: 'The period is at most five years',
  });
export type ActivityStatsQuery = z.infer<typeof activityStatsQuerySchema>;

export const activityStatsSchema = z.strictObject({
  from: isoDateSchema,
  to: isoDateSchema,
  /** Distinct persons who attended a held supervisor course in the period. */
  supervisorsTrained: z.number().int(),
  /** Distinct departments with a held department visit in the period. */
  departmentsVisited: z.number().int(),
  /** Per kind: activities held and participants (attended registrations) in them. */
  byKind: z.array(z.strictObject({ kind: activityKindSchema, held: z.number().int(), participants: z.number().int() })),
  /** Per month of the period ('2026-03'): the same counts. */
  months: z.array(
    z.strictObject({
      month: z.string(),
      held: z.number().int(),
      participants: z.number().int(),
      supervisorsTrained: z.number().int(),
    }),
  ),
});
export type ActivityStats = z.infer<typeof activityStatsSchema>;

/** People who can be registered (portal users with a role in the caller's scope). */
export const participantSearchQuerySchema = z.strictObject({ q: z.string().trim().min(2).max(100) });
export const participantSearchSchema = z.strictObject({
  items: z.array(z.strictObject({ id: uuidSchema, name: z.string(), email: z.string() })),
});
