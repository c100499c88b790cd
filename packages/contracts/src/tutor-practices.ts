import { z } from 'zod';
import { uuidSchema } from './auth.js';
import { isoDateSchema } from './roles.js';

/**
 * Tutor practices, tutor doctors and evaluation follow-up of a GP area (issue 6; the AMU, seed
 * 001: "Foretager godkendelse af nye tutorlæger og deres uddannelsesprogrammer"). Permission
 * gp-area:manage; an AMU reaches their own area, the regional administrator every area.
 */

/** The recruitment pipeline of a practice. */
export const RECRUITMENT_STAGES = ['CONTACTED', 'INTERESTED', 'APPLIED', 'APPROVED', 'DECLINED', 'PAUSED'] as const;
export const recruitmentStageSchema = z.enum(RECRUITMENT_STAGES);
export type RecruitmentStage = z.infer<typeof recruitmentStageSchema>;

export const TUTOR_DECISIONS = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export const tutorDecisionSchema = z.enum(TUTOR_DECISIONS);
export type TutorDecision = z.infer<typeof tutorDecisionSchema>;

/** Defaults of an area's settings: re-approval period (years) and the evaluation flag threshold. */
export const DEFAULT_REAPPROVAL_YEARS = 3;
export const DEFAULT_EVALUATION_THRESHOLD = 3.5;
/** A placement's mean falling by at least this much from its previous period is flagged. */
export const EVALUATION_DROP = 0.5;
/** A re-approval due within this many months is listed as "due soon". */
export const REAPPROVAL_DUE_SOON_MONTHS = 6;

/** The ISO date `years` years after `iso` (29 Feb → 28 Feb). */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + years, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).nullable();
const years = z.number().int().min(0).max(60).nullable();

export const areaRefSchema = z.strictObject({ id: uuidSchema, name: z.string() });

export const tutorSettingsSchema = z.strictObject({
  evaluationThreshold: z.number(),
  reapprovalYears: z.number().int(),
  /** 0 while the defaults are in use (nothing saved yet). */
  version: z.number().int(),
});
export type TutorSettings = z.infer<typeof tutorSettingsSchema>;

export const updateTutorSettingsSchema = z.strictObject({
  evaluationThreshold: z.number().min(1).max(5).multipleOf(0.01),
  reapprovalYears: z.number().int().min(1).max(10),
  version: z.number().int().min(0),
});
export type UpdateTutorSettings = z.infer<typeof updateTutorSettingsSchema>;

export const recruitmentEventSchema = z.strictObject({
  id: uuidSchema,
  stage: recruitmentStageSchema,
  changedOn: isoDateSchema,
  note: z.string().nullable(),
  changedBy: z.string().nullable(),
});
export type RecruitmentEvent = z.infer<typeof recruitmentEventSchema>;

export const recruitmentSchema = z.strictObject({
  id: uuidSchema,
  stage: recruitmentStageSchema,
  stageChangedOn: isoDateSchema,
  nextStep: z.string().nullable(),
  nextStepOn: isoDateSchema.nullable(),
  version: z.number().int(),
  /** Newest first. */
  events: z.array(recruitmentEventSchema),
});
export type Recruitment = z.infer<typeof recruitmentSchema>;

/** A stage change (or the first stage, version null) with a dated note and the next step. */
export const recruitmentChangeSchema = z.strictObject({
  stage: recruitmentStageSchema,
  changedOn: isoDateSchema,
  note: optText(2000),
  nextStep: optText(500),
  nextStepOn: isoDateSchema.nullable(),
  /** null when the practice has no recruitment yet. */
  version: z.number().int().min(1).nullable(),
});
export type RecruitmentChange = z.infer<typeof recruitmentChangeSchema>;

export const tutorDoctorSchema = z.strictObject({
  id: uuidSchema,
  gp: z.strictObject({ id: uuidSchema, name: z.string(), authorisationId: z.string().nullable(), active: z.boolean() }),
  practiceId: uuidSchema,
  courseCompleted: z.boolean(),
  courseCompletedOn: isoDateSchema.nullable(),
  yearsAsGp: z.number().int().nullable(),
  yearsInPractice: z.number().int().nullable(),
  notes: z.string().nullable(),
  decision: tutorDecisionSchema,
  decidedOn: isoDateSchema.nullable(),
  decidedBy: z.string().nullable(),
  reapprovalDueOn: isoDateSchema.nullable(),
  /** Approved, in practice today, and the re-approval not past. */
  current: z.boolean(),
  version: z.number().int(),
});
export type TutorDoctor = z.infer<typeof tutorDoctorSchema>;

export const tutorRequirementsSchema = z.strictObject({
  courseCompleted: z.boolean(),
  courseCompletedOn: isoDateSchema.nullable(),
  yearsAsGp: years,
  yearsInPractice: years,
  notes: optText(2000),
});
export type TutorRequirements = z.infer<typeof tutorRequirementsSchema>;

/** A new GP for the register (when the tutor doctor is not there yet). */
export const newTutorGpSchema = z.strictObject({
  practiceId: uuidSchema,
  name: text(200),
  email: z.email().max(254).nullable(),
  authorisationId: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]{4,10}$/, 'Autorisations-ID: 4–10 letters or digits')
    .nullable(),
  settledOn: isoDateSchema.nullable(),
});

/** A tutor doctor candidate: a GP of the register (gpId) or a new one (newGp), exactly one. */
export const createTutorDoctorSchema = tutorRequirementsSchema
  .extend({ gpId: uuidSchema.nullable(), newGp: newTutorGpSchema.nullable() })
  .refine((b) => (b.gpId === null) !== (b.newGp === null), {
    message: 'Choose a GP of the register or add a new one',
    path: ['gpId'],
  });
export type CreateTutorDoctor = z.infer<typeof createTutorDoctorSchema>;

export const updateTutorDoctorSchema = tutorRequirementsSchema.extend({ version: z.number().int().min(1) });
export type UpdateTutorDoctor = z.infer<typeof updateTutorDoctorSchema>;

export const tutorDecisionRequestSchema = z.strictObject({
  decision: z.enum(['APPROVED', 'REJECTED']),
  decidedOn: isoDateSchema,
  version: z.number().int().min(1),
});
export type TutorDecisionRequest = z.infer<typeof tutorDecisionRequestSchema>;

export const programmeVersionSchema = z.strictObject({
  id: uuidSchema,
  number: z.number().int(),
  summary: z.string(),
  body: z.string().nullable(),
  fileName: z.string().nullable(),
  submittedOn: isoDateSchema,
  approvedOn: isoDateSchema.nullable(),
  approvedBy: z.string().nullable(),
  reapprovalDueOn: isoDateSchema.nullable(),
  version: z.number().int(),
});
export type ProgrammeVersion = z.infer<typeof programmeVersionSchema>;

export const createProgrammeVersionSchema = z.strictObject({
  summary: text(4000),
  body: optText(20000),
  fileName: z
    .string()
    .trim()
    .max(255)
    .regex(/^[^/\\]*$/, 'A file name, not a path')
    .nullable(),
  submittedOn: isoDateSchema,
});
export type CreateProgrammeVersion = z.infer<typeof createProgrammeVersionSchema>;

export const approveProgrammeVersionSchema = z.strictObject({
  approvedOn: isoDateSchema,
  version: z.number().int().min(1),
});
export type ApproveProgrammeVersion = z.infer<typeof approveProgrammeVersionSchema>;

export const tutorPracticeSchema = z.strictObject({
  id: uuidSchema,
  name: z.string(),
  /** At least one approved, current tutor doctor. */
  isTutorPractice: z.boolean(),
  recruitment: recruitmentSchema.nullable(),
  tutorDoctors: z.array(tutorDoctorSchema),
  /** Newest first (append-only). */
  programmeVersions: z.array(programmeVersionSchema),
  /** The newest approved version, if any. */
  currentProgrammeId: uuidSchema.nullable(),
});
export type TutorPractice = z.infer<typeof tutorPracticeSchema>;

export const reapprovalDueSchema = z.strictObject({
  kind: z.enum(['TUTOR_DOCTOR', 'PROGRAMME']),
  id: uuidSchema,
  practiceName: z.string(),
  /** The tutor doctor's name, or the programme's version number as text. */
  label: z.string(),
  dueOn: isoDateSchema,
  overdue: z.boolean(),
});
export type ReapprovalDue = z.infer<typeof reapprovalDueSchema>;

export const tutorOverviewSchema = z.strictObject({
  area: areaRefSchema,
  settings: tutorSettingsSchema,
  practices: z.array(tutorPracticeSchema),
  /** Active GPs of the area's practices who are not tutor doctors (yet). */
  candidates: z.array(z.strictObject({ id: uuidSchema, name: z.string(), practiceId: uuidSchema })),
  /** Re-approvals overdue or due within REAPPROVAL_DUE_SOON_MONTHS, soonest first. */
  due: z.array(reapprovalDueSchema),
});
export type TutorOverview = z.infer<typeof tutorOverviewSchema>;

// ----- Evaluation follow-up -----

/**
 * Period of the national evaluation export: a half-year written "YYYY-1" / "YYYY-2" (also read:
 * "YYYYH1", "YYYY H2"); stored as "YYYY-1".
 */
export const EVALUATION_PERIOD = /^(\d{4})\s*(?:-|H|h)\s*([12])$/;
export function normalisePeriod(s: string): string | null {
  const m = EVALUATION_PERIOD.exec(s.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (y < 2000 || y > 2100) return null;
  return `${m[1]}-${m[2]}`;
}
export const EVALUATION_COLUMNS = ['placement', 'period', 'question', 'score', 'n'] as const;
export type EvaluationColumn = (typeof EVALUATION_COLUMNS)[number];
/** Accepted header names per column (normalised: lower case, trimmed). */
export const EVALUATION_HEADERS: Record<EvaluationColumn, readonly string[]> = {
  placement: ['uddannelsessted', 'placement', 'sted'],
  period: ['periode', 'period'],
  question: ['spørgsmål', 'question'],
  score: ['score', 'gennemsnit'],
  n: ['n', 'antal', 'respondenter', 'respondents'],
};
/**
 * As the bulk imports (IMPORT_MAX_FILE_BYTES, 3 MB): a region's export of a year's evaluations
 * (placements × periods × questions) is larger than the 100 kB JSON limit of other requests; the
 * evaluation routes take the imports' larger body (IMPORT_ROUTE_PATH in the imports module).
 */
export const EVALUATION_MAX_FILE_BYTES = 3 * 1024 * 1024;

export const evaluationFileSchema = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  contentBase64: z
    .string()
    .min(1)
    .max(Math.ceil(EVALUATION_MAX_FILE_BYTES / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64'),
});
export type EvaluationFile = z.infer<typeof evaluationFileSchema>;

export const evaluationRowErrorSchema = z.strictObject({
  /** null: the row as a whole. */
  column: z.enum(EVALUATION_COLUMNS).nullable(),
  message: z.string(),
});

export const evaluationPreviewRowSchema = z.strictObject({
  row: z.number().int(),
  placement: z.string(),
  placementId: uuidSchema.nullable(),
  period: z.string(),
  question: z.string(),
  score: z.number().nullable(),
  respondents: z.number().int().nullable(),
  /** The row replaces a stored score of the same placement, period and question. */
  replaces: z.boolean(),
  errors: z.array(evaluationRowErrorSchema),
});
export type EvaluationPreviewRow = z.infer<typeof evaluationPreviewRowSchema>;

export const evaluationPreviewSchema = z.strictObject({
  fileName: z.string(),
  rows: z.array(evaluationPreviewRowSchema),
  errorCount: z.number().int(),
  replaceCount: z.number().int(),
  canCommit: z.boolean(),
});
export type EvaluationPreview = z.infer<typeof evaluationPreviewSchema>;

export const evaluationCommitResultSchema = z.strictObject({
  importId: uuidSchema,
  rowCount: z.number().int(),
  replacedCount: z.number().int(),
});
export type EvaluationCommitResult = z.infer<typeof evaluationCommitResultSchema>;

export const FOLLOW_UP_STATES = ['OPEN', 'DONE'] as const;
export const followUpStateSchema = z.enum(FOLLOW_UP_STATES);

export const evaluationFollowUpSchema = z.strictObject({
  id: uuidSchema,
  note: z.string(),
  notedOn: isoDateSchema,
  state: followUpStateSchema,
  version: z.number().int(),
});
export type EvaluationFollowUp = z.infer<typeof evaluationFollowUpSchema>;

export const saveFollowUpSchema = z.strictObject({
  placementId: uuidSchema,
  period: z.string().regex(/^\d{4}-[12]$/, 'YYYY-1 or YYYY-2'),
  note: text(2000),
  notedOn: isoDateSchema,
  state: followUpStateSchema,
  /** null for a new note. */
  version: z.number().int().min(1).nullable(),
});
export type SaveFollowUp = z.infer<typeof saveFollowUpSchema>;

export const FLAG_REASONS = ['BELOW_THRESHOLD', 'DROP'] as const;

export const placementResultSchema = z.strictObject({
  placementId: uuidSchema,
  placementName: z.string(),
  kind: z.enum(['PRACTICE', 'DEPARTMENT']),
  period: z.string(),
  /** Mean of the question scores (2 decimals). */
  mean: z.number(),
  questions: z.number().int(),
  respondents: z.number().int(),
  previousPeriod: z.string().nullable(),
  previousMean: z.number().nullable(),
  reasons: z.array(z.enum(FLAG_REASONS)),
  followUp: evaluationFollowUpSchema.nullable(),
});
export type PlacementResult = z.infer<typeof placementResultSchema>;

export const evaluationImportSchema = z.strictObject({
  id: uuidSchema,
  fileName: z.string(),
  importedBy: z.string().nullable(),
  importedAt: z.string(),
  rowCount: z.number().int(),
  replacedCount: z.number().int(),
});

export const evaluationOverviewSchema = z.strictObject({
  area: areaRefSchema,
  threshold: z.number(),
  imports: z.array(evaluationImportSchema),
  /** Every placement-period, by placement then period. Flagged ones have reasons. */
  results: z.array(placementResultSchema),
});
export type EvaluationOverview = z.infer<typeof evaluationOverviewSchema>;
