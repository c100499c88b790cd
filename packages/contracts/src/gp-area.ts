import { z } from 'zod';
import { uuidSchema } from './auth.js';
import { generalPractitionerSchema } from './general-practitioners.js';
import { isoDateSchema } from './roles.js';

/**
 * The AMU coordinator's workspace for a GP area (issue 6, seed 001): the area's practices and GPs,
 * trainees in general practice, the coordinator's allotted hours and time log, the contact log and
 * the restricted "forløb med udfordringer" note.
 */

/** Activity kinds of the time log: the fixed tasks of the AMU's function description (seed 001). */
export const GP_TIME_KINDS = [
  'TRAINEE_CONTACT', // løbende kontakt med uddannelseslæger
  'TUTOR_SUPPORT', // vejleder og ressourceperson for tutorlæger
  'DEPARTMENT_VISIT', // besøg hvert 3. år på hospitalsafdelinger
  'EVALUATION_FOLLOW_UP', // opfølgning på elektronisk evaluering
  'TEACHING', // temadage, introduktionsmøder, kurser, undervisning
  'RECRUITMENT_APPROVAL', // rekruttering af tutorpraksis, godkendelse af tutorlæger
  'MEETINGS', // uddannelsesråd, koordinatormøder
  'OTHER',
] as const;
export const gpTimeKindSchema = z.enum(GP_TIME_KINDS);
export type GpTimeKind = z.infer<typeof gpTimeKindSchema>;

export const GP_CONTACT_KINDS = ['PHONE', 'MEETING', 'EMAIL', 'VISIT', 'OTHER'] as const;
export const gpContactKindSchema = z.enum(GP_CONTACT_KINDS);
export type GpContactKind = z.infer<typeof gpContactKindSchema>;

export const GP_DIFFICULTY_HANDLED_WITH = ['TUTOR', 'DEPARTMENT', 'BOTH'] as const;
export const gpDifficultyHandledWithSchema = z.enum(GP_DIFFICULTY_HANDLED_WITH);
export type GpDifficultyHandledWith = z.infer<typeof gpDifficultyHandledWithSchema>;

export const GP_DIFFICULTY_STATES = ['OPEN', 'CLOSED'] as const;
export const gpDifficultyStateSchema = z.enum(GP_DIFFICULTY_STATES);
export type GpDifficultyState = z.infer<typeof gpDifficultyStateSchema>;

/** Trainees count as "upcoming" when their course or placement starts within this many months. */
export const GP_UPCOMING_MONTHS = 6;

/** Hours of a time entry: quarter hours from 0.25 to 24. */
export const gpHoursSchema = z
  .number()
  .min(0.25, 'At least a quarter of an hour')
  .max(24, 'At most 24 hours')
  .refine((h) => Number.isInteger(h * 4), 'Use quarter hours (0.25, 0.5, 0.75 …)');

export const gpYearSchema = z.coerce.number().int().min(2000).max(2100);

const noteText = (max: number) => z.string().trim().min(1).max(max);

export const gpAreaIdParamsSchema = z.strictObject({ areaId: uuidSchema });
export const gpAllotmentParamsSchema = z.strictObject({ areaId: uuidSchema, userId: uuidSchema });
export const gpTimeEntryParamsSchema = z.strictObject({ areaId: uuidSchema, entryId: uuidSchema });
export const gpCourseParamsSchema = z.strictObject({ areaId: uuidSchema, courseId: uuidSchema });
export const gpYearQuerySchema = z.strictObject({ year: gpYearSchema.optional() });
export const gpVersionQuerySchema = z.strictObject({ version: z.coerce.number().int().min(1) });

// ---------------------------------------------------------------------------------------------
// Areas and overview

export const gpAreaSummarySchema = z.strictObject({
  id: uuidSchema,
  name: z.string(),
  practiceCount: z.number().int(),
  traineesCurrent: z.number().int(),
  traineesUpcoming: z.number().int(),
});
export type GpAreaSummary = z.infer<typeof gpAreaSummarySchema>;
export const gpAreaListSchema = z.strictObject({ items: z.array(gpAreaSummarySchema) });
export type GpAreaList = z.infer<typeof gpAreaListSchema>;

export const gpCoordinatorHoursSchema = z.strictObject({
  userId: uuidSchema,
  name: z.string(),
  /** Hours allotted for the year, null when none is set. */
  allotted: z.number().int().nullable(),
  logged: z.number(),
  /** Version of the allotment (null when none is set), for the administrator's edit. */
  version: z.number().int().nullable(),
});
export type GpCoordinatorHours = z.infer<typeof gpCoordinatorHoursSchema>;

export const gpAreaOverviewSchema = z.strictObject({
  area: z.strictObject({ id: uuidSchema, name: z.string() }),
  year: z.number().int(),
  practices: z.array(z.strictObject({ id: uuidSchema, name: z.string(), gps: z.array(generalPractitionerSchema) })),
  trainees: z.strictObject({ current: z.number().int(), upcoming: z.number().int() }),
  coordinators: z.array(gpCoordinatorHoursSchema),
  /** The caller may set allotted hours (gp-area:manage tenant-wide). */
  canSetAllotments: z.boolean(),
  /** The caller is an AMU of the area (logs time, reads difficulty notes). */
  isCoordinator: z.boolean(),
});
export type GpAreaOverview = z.infer<typeof gpAreaOverviewSchema>;

// ---------------------------------------------------------------------------------------------
// Hours

export const setGpAllotmentSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  hours: z.number().int('Whole hours').min(0).max(5000),
  /** The version edited; null when creating the year's first allotment. */
  version: z.number().int().min(1).nullable(),
});
export type SetGpAllotment = z.infer<typeof setGpAllotmentSchema>;

export const gpTimeEntryFieldsSchema = z.strictObject({
  workedOn: isoDateSchema,
  kind: gpTimeKindSchema,
  hours: gpHoursSchema,
  note: z.string().trim().max(1000).nullable(),
});
export type GpTimeEntryFields = z.infer<typeof gpTimeEntryFieldsSchema>;
export const updateGpTimeEntrySchema = gpTimeEntryFieldsSchema.extend({ version: z.number().int().min(1) });
export type UpdateGpTimeEntry = z.infer<typeof updateGpTimeEntrySchema>;

export const gpTimeEntrySchema = z.strictObject({
  id: uuidSchema,
  workedOn: isoDateSchema,
  kind: gpTimeKindSchema,
  hours: z.number(),
  note: z.string().nullable(),
  user: z.strictObject({ id: uuidSchema, name: z.string() }),
  /** The caller wrote it and may edit or delete it. */
  own: z.boolean(),
  version: z.number().int(),
});
export type GpTimeEntry = z.infer<typeof gpTimeEntrySchema>;
export const gpTimeEntryListSchema = z.strictObject({ year: z.number().int(), items: z.array(gpTimeEntrySchema) });
export type GpTimeEntryList = z.infer<typeof gpTimeEntryListSchema>;

export const gpHoursSummarySchema = z.strictObject({
  year: z.number().int(),
  /** Sum of the area's coordinators' allotments for the year. */
  allotted: z.number().int(),
  logged: z.number(),
  byKind: z.array(z.strictObject({ kind: gpTimeKindSchema, hours: z.number(), entries: z.number().int() })),
});
export type GpHoursSummary = z.infer<typeof gpHoursSummarySchema>;

// ---------------------------------------------------------------------------------------------
// Trainees in general practice

export const GP_TRAINEE_STATUSES = ['CURRENT', 'UPCOMING'] as const;
export const gpTraineeStatusSchema = z.enum(GP_TRAINEE_STATUSES);

export const gpTraineeSchema = z.strictObject({
  courseId: uuidSchema,
  trainee: z.strictObject({ id: uuidSchema, name: z.string(), email: z.string() }),
  track: z.enum(['KBU', 'INTRODUCTION', 'SPECIALIST']),
  specialty: z.string().nullable(),
  practice: z.strictObject({ id: uuidSchema, name: z.string() }),
  /** The period in general practice (the placement, or the course when a practice manages it). */
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  courseStart: isoDateSchema,
  courseEnd: isoDateSchema,
  /** The tutor doctor: the course's hovedvejleder. */
  tutor: z.strictObject({ id: uuidSchema, name: z.string() }).nullable(),
  /** CURRENT: in general practice today; UPCOMING: starts within GP_UPCOMING_MONTHS; null: other. */
  status: gpTraineeStatusSchema.nullable(),
});
export type GpTrainee = z.infer<typeof gpTraineeSchema>;
export const gpTraineeListSchema = z.strictObject({ items: z.array(gpTraineeSchema) });
export type GpTraineeList = z.infer<typeof gpTraineeListSchema>;

export const gpContactFieldsSchema = z.strictObject({
  contactOn: isoDateSchema,
  kind: gpContactKindSchema,
  note: noteText(2000),
});
export type GpContactFields = z.infer<typeof gpContactFieldsSchema>;
export const gpContactSchema = z.strictObject({
  id: uuidSchema,
  contactOn: isoDateSchema,
  kind: gpContactKindSchema,
  note: z.string(),
  author: z.strictObject({ id: uuidSchema, name: z.string() }),
  createdAt: z.string(),
});
export type GpContact = z.infer<typeof gpContactSchema>;

export const gpTraineeDetailSchema = z.strictObject({
  area: z.strictObject({ id: uuidSchema, name: z.string() }),
  trainee: gpTraineeSchema,
  contacts: z.array(gpContactSchema),
  /** The caller is an AMU of the area and may open the restricted difficulty note. */
  canReadDifficulty: z.boolean(),
});
export type GpTraineeDetail = z.infer<typeof gpTraineeDetailSchema>;

// ---------------------------------------------------------------------------------------------
// Courses in difficulty (restricted; every read and write audited)

export const gpDifficultyEntrySchema = z.strictObject({
  id: uuidSchema,
  entryOn: isoDateSchema,
  text: z.string(),
  author: z.strictObject({ id: uuidSchema, name: z.string() }),
  createdAt: z.string(),
});
export type GpDifficultyEntry = z.infer<typeof gpDifficultyEntrySchema>;

export const gpDifficultyNoteSchema = z.strictObject({
  id: uuidSchema,
  handledWith: gpDifficultyHandledWithSchema,
  state: gpDifficultyStateSchema,
  openedBy: z.strictObject({ id: uuidSchema, name: z.string() }),
  createdAt: z.string(),
  entries: z.array(gpDifficultyEntrySchema),
  version: z.number().int(),
});
export type GpDifficultyNote = z.infer<typeof gpDifficultyNoteSchema>;
export const gpDifficultyResponseSchema = z.strictObject({ note: gpDifficultyNoteSchema.nullable() });
export type GpDifficultyResponse = z.infer<typeof gpDifficultyResponseSchema>;

/** Adds a dated entry; opens the note (with `handledWith`) when the course has none. */
export const addGpDifficultyEntrySchema = z.strictObject({
  entryOn: isoDateSchema,
  text: noteText(4000),
  handledWith: gpDifficultyHandledWithSchema,
});
export type AddGpDifficultyEntry = z.infer<typeof addGpDifficultyEntrySchema>;

export const updateGpDifficultyNoteSchema = z.strictObject({
  handledWith: gpDifficultyHandledWithSchema,
  state: gpDifficultyStateSchema,
  version: z.number().int().min(1),
});
export type UpdateGpDifficultyNote = z.infer<typeof updateGpDifficultyNoteSchema>;
