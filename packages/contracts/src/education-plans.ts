import { z } from 'zod';
import { uuidSchema } from './auth.js';
import { isoDateSchema } from './roles.js';

/**
 * The education plan (uddannelsesplan) of a course: goals linked to competences, agreed at the
 * expectation meeting and revised after supervision. Every save is a new immutable version.
 */
export const PLAN_REASONS = ['EXPECTATION_MEETING', 'SUPERVISION', 'OTHER'] as const;
export const planReasonSchema = z.enum(PLAN_REASONS);
export type PlanReason = z.infer<typeof planReasonSchema>;

const personRefSchema = z.strictObject({ id: uuidSchema, name: z.string() });
const competenceRefSchema = z.strictObject({ id: uuidSchema, code: z.string(), title: z.string() });

export const planGoalSchema = z.strictObject({
  id: uuidSchema,
  text: z.string(),
  dueDate: isoDateSchema.nullable(),
  competences: z.array(competenceRefSchema),
});
export type PlanGoal = z.infer<typeof planGoalSchema>;

export const planVersionSummarySchema = z.strictObject({
  version: z.number().int(),
  reason: planReasonSchema,
  note: z.string().nullable(),
  createdBy: personRefSchema,
  createdAt: z.string(),
  goalCount: z.number().int(),
});
export type PlanVersionSummary = z.infer<typeof planVersionSummarySchema>;

export const planVersionSchema = planVersionSummarySchema.extend({ goals: z.array(planGoalSchema) });
export type PlanVersion = z.infer<typeof planVersionSchema>;

export const educationPlanSchema = z.strictObject({
  courseId: uuidSchema,
  /** The latest version; null before the first save. */
  current: planVersionSchema.nullable(),
  /** True for the course's supervisors and the department's UAO/UKS. */
  canEdit: z.boolean(),
});
export type EducationPlan = z.infer<typeof educationPlanSchema>;

export const planGoalInputSchema = z.strictObject({
  text: z.string().trim().min(1).max(1000),
  competenceIds: z.array(uuidSchema).max(50),
  dueDate: isoDateSchema.nullable(),
});
export type PlanGoalInput = z.infer<typeof planGoalInputSchema>;

export const savePlanSchema = z.strictObject({
  /** The version the edit started from (0 when there was none); not the latest → 409. */
  baseVersion: z.number().int().min(0).max(1_000_000),
  reason: planReasonSchema,
  note: z.string().trim().max(2000).nullable(),
  /** In order; the position is the goal's sort order. */
  goals: z.array(planGoalInputSchema).min(1).max(50),
});
export type SavePlan = z.infer<typeof savePlanSchema>;

export const planVersionsSchema = z.strictObject({ items: z.array(planVersionSummarySchema) });
export type PlanVersions = z.infer<typeof planVersionsSchema>;

export const planVersionParamsSchema = z.strictObject({
  courseId: uuidSchema,
  version: z.coerce.number().int().min(1).max(1_000_000),
});

const goalStateSchema = z.strictObject({
  dueDate: isoDateSchema.nullable(),
  competences: z.array(competenceRefSchema),
});

/** What changed against the previous version; goals are matched by their text. */
export const planDiffSchema = z.strictObject({
  previousVersion: z.number().int().nullable(),
  added: z.array(z.string()),
  removed: z.array(z.string()),
  changed: z.array(z.strictObject({ text: z.string(), before: goalStateSchema, after: goalStateSchema })),
});
export type PlanDiff = z.infer<typeof planDiffSchema>;

export const planVersionDetailSchema = z.strictObject({ version: planVersionSchema, diff: planDiffSchema });
export type PlanVersionDetail = z.infer<typeof planVersionDetailSchema>;
