import { z } from 'zod';
import { uuidSchema } from './auth.js';
import { assessmentMethodSchema, courseTrackSchema, doctorRoleSchema } from './course-rules.js';
import { isoDateSchema } from './roles.js';

/**
 * Competences (kompetencekort): the region's competence lists per track and specialty, and each
 * trainee's status on the competences of their course's list. The portal tracks progress; the
 * official approval of a competence lives in uddannelseslæge.dk (UDDANNELSESLAEGE_URL).
 */
export const UDDANNELSESLAEGE_URL = 'https://uddannelseslaege.dk';

export const COMPETENCE_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'ASSESSED', 'APPROVED'] as const;
export const competenceStatusSchema = z.enum(COMPETENCE_STATUSES);
export type CompetenceStatus = z.infer<typeof competenceStatusSchema>;

/**
 * What the trainee may set on their own competences: they may mark one as started (or back to not
 * started) while it is not yet assessed. Assessing and approving is for a supervisor of the course
 * or the department's UAO/UKS; the trainee can never approve, nor change an assessed or approved one.
 */
export const TRAINEE_SETTABLE_STATUSES: readonly CompetenceStatus[] = ['NOT_STARTED', 'IN_PROGRESS'];

export const competenceSchema = z.strictObject({
  id: uuidSchema,
  code: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  doctorRoles: z.array(doctorRoleSchema),
  methods: z.array(assessmentMethodSchema),
  sortOrder: z.number().int(),
});
export type Competence = z.infer<typeof competenceSchema>;

export const competenceListSummarySchema = z.strictObject({
  id: uuidSchema,
  track: courseTrackSchema,
  specialty: z.strictObject({ id: uuidSchema, name: z.string() }).nullable(),
  name: z.string(),
  sourceUrl: z.string().nullable(),
  competenceCount: z.number().int(),
});
export type CompetenceListSummary = z.infer<typeof competenceListSummarySchema>;

export const competenceListsSchema = z.strictObject({ items: z.array(competenceListSummarySchema) });
export type CompetenceLists = z.infer<typeof competenceListsSchema>;

export const competenceListSchema = competenceListSummarySchema.extend({ competences: z.array(competenceSchema) });
export type CompetenceList = z.infer<typeof competenceListSchema>;

export const competenceListParamsSchema = z.strictObject({ listId: uuidSchema });
export const courseParamsSchema = z.strictObject({ courseId: uuidSchema });
export const courseCompetenceParamsSchema = z.strictObject({ courseId: uuidSchema, competenceId: uuidSchema });

const personRefSchema = z.strictObject({ id: uuidSchema, name: z.string() });

export const progressCountsSchema = z.strictObject({
  total: z.number().int(),
  notStarted: z.number().int(),
  inProgress: z.number().int(),
  assessed: z.number().int(),
  approved: z.number().int(),
});
export type ProgressCounts = z.infer<typeof progressCountsSchema>;

export const courseCompetenceSchema = z.strictObject({
  competence: competenceSchema,
  status: competenceStatusSchema,
  approvedOn: isoDateSchema.nullable(),
  approvedBy: personRefSchema.nullable(),
  updatedAt: z.string().nullable(),
  /** The version to send with a change; 0 while the competence has never been changed. */
  version: z.number().int().min(0),
});
export type CourseCompetence = z.infer<typeof courseCompetenceSchema>;

export const courseCompetencesSchema = z.strictObject({
  course: z.strictObject({
    id: uuidSchema,
    track: courseTrackSchema,
    specialty: z.string().nullable(),
    trainee: personRefSchema,
    startDate: isoDateSchema,
    endDate: isoDateSchema,
  }),
  /** The list that applies to the course (same track, and specialty unless KBU); null when none. */
  list: competenceListSummarySchema.nullable(),
  items: z.array(courseCompetenceSchema),
  counts: progressCountsSchema,
  /** What the caller may set: [] (read only), the trainee's statuses, or all of them. */
  settableStatuses: z.array(competenceStatusSchema),
  officialUrl: z.string(),
});
export type CourseCompetences = z.infer<typeof courseCompetencesSchema>;

export const setCompetenceStatusSchema = z
  .strictObject({
    status: competenceStatusSchema,
    /** The approval day; required exactly when APPROVED, never in the future. */
    approvedOn: isoDateSchema.nullable(),
    /** The version that was edited (0 when it had never been changed); a stale one answers 409. */
    version: z.number().int().min(0).max(1_000_000),
  })
  .superRefine((v, ctx) => {
    if (v.status === 'APPROVED' && v.approvedOn === null)
      ctx.addIssue({ code: 'custom', path: ['approvedOn'], message: 'An approval needs its date' });
    if (v.status !== 'APPROVED' && v.approvedOn !== null)
      ctx.addIssue({ code: 'custom', path: ['approvedOn'], message: 'Only an approval has a date' });
  });
export type SetCompetenceStatus = z.infer<typeof setCompetenceStatusSchema>;

export const competenceEventSchema = z.strictObject({
  id: uuidSchema,
  competence: z.strictObject({ id: uuidSchema, code: z.string(), title: z.string() }),
  fromStatus: competenceStatusSchema,
  toStatus: competenceStatusSchema,
  approvedOn: isoDateSchema.nullable(),
  actor: personRefSchema,
  at: z.string(),
});
export type CompetenceEvent = z.infer<typeof competenceEventSchema>;
export const competenceEventsSchema = z.strictObject({ items: z.array(competenceEventSchema) });
export type CompetenceEvents = z.infer<typeof competenceEventsSchema>;

export const competenceProgressQuerySchema = z.strictObject({ unitId: uuidSchema });

export const trackProgressSchema = progressCountsSchema.extend({
  track: courseTrackSchema,
  courses: z.number().int(),
});
export const traineeProgressSchema = progressCountsSchema.extend({
  courseId: uuidSchema,
  trainee: personRefSchema,
  track: courseTrackSchema,
  specialty: z.string().nullable(),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
});
export type TraineeProgress = z.infer<typeof traineeProgressSchema>;

/** A department's progress: active courses (today between start and end, not cancelled). */
export const competenceProgressSchema = z.strictObject({
  unit: z.strictObject({ id: uuidSchema, name: z.string() }),
  byTrack: z.array(trackProgressSchema),
  trainees: z.array(traineeProgressSchema),
});
export type CompetenceProgress = z.infer<typeof competenceProgressSchema>;

/** The caller's own courses (trainee) or supervised courses, with progress: start pages. */
export const myCompetenceProgressSchema = z.strictObject({ items: z.array(traineeProgressSchema) });
export type MyCompetenceProgress = z.infer<typeof myCompetenceProgressSchema>;
export * from './education-plans.js';
