import { z } from 'zod';
import { courseTrackSchema } from './course-rules.js';
import { isoDateSchema, unitKindSchema } from './roles.js';
import { uuidSchema } from './auth.js';

/**
 * Courses (uddannelsesforløb): a trainee's course in a department (or practice), its supervisors
 * (one hovedvejleder), its placements (general practice), and the department's escalation chain
 * (who a trainee calls for help, in what order).
 */

const versionSchema = z.number().int().min(1).max(2_147_483_647);
const personRefSchema = z.strictObject({ id: uuidSchema, name: z.string() });
const unitShortSchema = z.strictObject({ id: uuidSchema, name: z.string(), kind: unitKindSchema });

/** Where a course stands today: upcoming, current, ended, or cancelled (kept for history). */
export const COURSE_STATES = ['current', 'upcoming', 'ended', 'cancelled'] as const;
export const courseStateSchema = z.enum(COURSE_STATES);
export type CourseState = z.infer<typeof courseStateSchema>;

/** The caller's relations to a course (from course-access.ts), so the UI knows what they may do. */
export const COURSE_RELATIONS = [
  'trainee',
  'main-supervisor',
  'supervisor',
  'reader',
  'manager',
  'supervision-reader',
] as const;
export const courseRelationSchema = z.enum(COURSE_RELATIONS);

export const courseIdParamsSchema = z.strictObject({ courseId: uuidSchema });
export const courseSupervisorParamsSchema = z.strictObject({ courseId: uuidSchema, supervisorId: uuidSchema });
export const coursePlacementParamsSchema = z.strictObject({ courseId: uuidSchema, placementId: uuidSchema });

export const COURSE_SORTS = ['start', '-start'] as const;

export const courseListQuerySchema = z.strictObject({
  unitId: uuidSchema.optional(),
  track: courseTrackSchema.optional(),
  state: courseStateSchema.optional(),
  /** Part of the trainee's name (case-insensitive, also æ, ø, å). */
  q: z.string().trim().max(100).optional(),
  /** Courses starting within [startFrom, startTo] (e.g. arrivals in the next 8 weeks). */
  startFrom: isoDateSchema.optional(),
  startTo: isoDateSchema.optional(),
  sort: z.enum(COURSE_SORTS).default('-start'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type CourseListQuery = z.input<typeof courseListQuerySchema>;

export const courseListItemSchema = z.strictObject({
  id: uuidSchema,
  trainee: personRefSchema,
  unit: unitShortSchema,
  track: courseTrackSchema,
  specialty: z.strictObject({ id: uuidSchema, name: z.string() }).nullable(),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  state: courseStateSchema,
  cancelledAt: z.iso.datetime().nullable(),
  mainSupervisor: personRefSchema.nullable(),
  /** Computed with expectationMeetingDueDate (never stored). */
  expectationMeetingDue: isoDateSchema,
});
export type CourseListItem = z.infer<typeof courseListItemSchema>;

export const courseListSchema = z.strictObject({
  items: z.array(courseListItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type CourseList = z.infer<typeof courseListSchema>;

export const courseSupervisorSchema = z.strictObject({
  id: uuidSchema,
  name: z.string(),
  email: z.string(),
  isMain: z.boolean(),
});
export type CourseSupervisor = z.infer<typeof courseSupervisorSchema>;

export const coursePlacementSchema = z.strictObject({
  id: uuidSchema,
  unit: unitShortSchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema,
});
export type CoursePlacement = z.infer<typeof coursePlacementSchema>;

export const courseDetailSchema = courseListItemSchema.extend({
  traineeEmail: z.string(),
  /** The hospital (or general-practice area) above the unit. */
  unitParent: z.string().nullable(),
  supervisors: z.array(courseSupervisorSchema),
  placements: z.array(coursePlacementSchema),
  version: z.number().int(),
  myRelations: z.array(courseRelationSchema),
});
export type CourseDetail = z.infer<typeof courseDetailSchema>;

export const myCoursesSchema = z.strictObject({ items: z.array(courseListItemSchema) });
export type MyCourses = z.infer<typeof myCoursesSchema>;

const datesRefine = <T extends { startDate: string; endDate: string }>(v: T, ctx: z.RefinementCtx) => {
  if (v.endDate < v.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date is before the start date' });
  }
};

export const createCourseSchema = z
  .strictObject({
    traineeId: uuidSchema,
    unitId: uuidSchema,
    track: courseTrackSchema,
    specialtyId: uuidSchema.nullable().default(null),
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    /** The hovedvejleder, optional at creation. */
    mainSupervisorId: uuidSchema.nullable().default(null),
  })
  .superRefine(datesRefine);
export type CreateCourse = z.input<typeof createCourseSchema>;

export const updateCourseSchema = z
  .strictObject({
    version: versionSchema,
    unitId: uuidSchema,
    track: courseTrackSchema,
    specialtyId: uuidSchema.nullable(),
    startDate: isoDateSchema,
    endDate: isoDateSchema,
  })
  .superRefine(datesRefine);
export type UpdateCourse = z.input<typeof updateCourseSchema>;

export const courseVersionSchema = z.strictObject({ version: versionSchema });

export const addSupervisorSchema = z.strictObject({
  supervisorId: uuidSchema,
  /** Make them the hovedvejleder (the current one becomes an ordinary supervisor). */
  isMain: z.boolean().default(false),
});
export type AddSupervisor = z.input<typeof addSupervisorSchema>;
export const setMainSupervisorSchema = z.strictObject({ supervisorId: uuidSchema });

export const addPlacementSchema = z
  .strictObject({ unitId: uuidSchema, startDate: isoDateSchema, endDate: isoDateSchema })
  .superRefine(datesRefine);
export type AddPlacement = z.input<typeof addPlacementSchema>;

/** What the course form needs: the units the caller manages, the specialties. */
export const courseFormOptionsSchema = z.strictObject({
  units: z.array(unitShortSchema.extend({ parent: z.string().nullable() })),
  /** Every open department and practice of the region (a general-practice course's placements). */
  placementUnits: z.array(unitShortSchema.extend({ parent: z.string().nullable() })),
  specialties: z.array(z.strictObject({ id: uuidSchema, name: z.string() })),
});
export type CourseFormOptions = z.infer<typeof courseFormOptionsSchema>;

export const personCandidateQuerySchema = z.strictObject({ q: z.string().trim().max(100).optional() });
export const personCandidateSchema = z.strictObject({ id: uuidSchema, name: z.string(), email: z.string() });
export const personCandidateListSchema = z.strictObject({ items: z.array(personCandidateSchema) });
export type PersonCandidate = z.infer<typeof personCandidateSchema>;

// ---------------------------------------------------------------------------------------------
// Escalation chain

export const ESCALATION_STEP_KINDS = ['ROLE', 'PERSON', 'TEXT'] as const;
export const escalationStepKindSchema = z.enum(ESCALATION_STEP_KINDS);
/** Roles a step may name; resolved to the current holder(s) in the department (MAIN_SUPERVISOR: the trainee's hovedvejleder). */
export const ESCALATION_ROLES = ['MAIN_SUPERVISOR', 'UAO', 'UKS', 'DEPARTMENT_HEAD'] as const;
export const escalationRoleSchema = z.enum(ESCALATION_ROLES);
export type EscalationRole = z.infer<typeof escalationRoleSchema>;

const optText = (max: number) =>
  z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().max(max))
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .transform((s) => s ?? null);

export const escalationStepInputSchema = z
  .strictObject({
    label: z
      .string()
      .transform((s) => s.trim())
      .pipe(z.string().min(1).max(100)),
    kind: escalationStepKindSchema,
    role: escalationRoleSchema.nullable().default(null),
    personId: uuidSchema.nullable().default(null),
    text: optText(200).default(null),
    phone: z
      .string()
      .transform((s) => s.trim())
      .pipe(
        z
          .string()
          .max(30)
          .regex(/^[0-9+ ()-]*$/, 'Only digits, spaces and + ( ) -'),
      )
      .transform((s) => (s === '' ? null : s))
      .nullable()
      .default(null),
    note: optText(300).default(null),
  })
  .superRefine((s, ctx) => {
    if (s.kind === 'ROLE' && !s.role) ctx.addIssue({ code: 'custom', path: ['role'], message: 'Choose a role' });
    if (s.kind === 'PERSON' && !s.personId)
      ctx.addIssue({ code: 'custom', path: ['personId'], message: 'Choose a person' });
    if (s.kind === 'TEXT' && !s.text) ctx.addIssue({ code: 'custom', path: ['text'], message: 'Write who to call' });
  });
export type EscalationStepInput = z.input<typeof escalationStepInputSchema>;

export const putEscalationChainSchema = z.strictObject({
  /** The version edited; 0 when the department had no chain yet. */
  version: z.number().int().min(0).max(2_147_483_647),
  steps: z.array(escalationStepInputSchema).max(12),
});
export type PutEscalationChain = z.input<typeof putEscalationChainSchema>;

export const escalationUnitParamsSchema = z.strictObject({ unitId: uuidSchema });

export const escalationStepSchema = z.strictObject({
  label: z.string(),
  kind: escalationStepKindSchema,
  role: escalationRoleSchema.nullable(),
  person: personRefSchema.nullable(),
  text: z.string().nullable(),
  phone: z.string().nullable(),
  note: z.string().nullable(),
});
export type EscalationStep = z.infer<typeof escalationStepSchema>;

/** The chain as the editor sees it, with the people who may be named. */
export const escalationChainSchema = z.strictObject({
  unit: unitShortSchema,
  version: z.number().int(),
  steps: z.array(escalationStepSchema),
  /** People holding a role in the department today (for PERSON steps). */
  people: z.array(personCandidateSchema),
});
export type EscalationChain = z.infer<typeof escalationChainSchema>;

export const escalationChainListSchema = z.strictObject({
  items: z.array(
    z.strictObject({
      unit: unitShortSchema,
      parent: z.string().nullable(),
      version: z.number().int(),
      steps: z.number().int(),
    }),
  ),
});
export type EscalationChainList = z.infer<typeof escalationChainListSchema>;

/** A resolved step: the names (and e-mails) of who to call now. */
export const resolvedEscalationStepSchema = z.strictObject({
  position: z.number().int(),
  label: z.string(),
  kind: escalationStepKindSchema,
  role: escalationRoleSchema.nullable(),
  people: z.array(z.strictObject({ name: z.string(), email: z.string() })),
  text: z.string().nullable(),
  phone: z.string().nullable(),
  note: z.string().nullable(),
});
export type ResolvedEscalationStep = z.infer<typeof resolvedEscalationStepSchema>;

export const myEscalationChainsSchema = z.strictObject({
  items: z.array(
    z.strictObject({
      courseId: uuidSchema,
      unit: unitShortSchema,
      steps: z.array(resolvedEscalationStepSchema),
    }),
  ),
});
export type MyEscalationChains = z.infer<typeof myEscalationChainsSchema>;
