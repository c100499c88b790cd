import { z } from 'zod';
import { isoDateSchema } from './roles.js';
import {
  computedIndicatorKeySchema,
  indicatorDirectionSchema,
  indicatorValueTypeSchema,
  type ComputedIndicatorKey,
} from './strategy-rules.js';

/**
 * The computed strategy indicators as the API serves them (issue 5): the ten values for one scope
 * and period with the targets the strategies covering that scope set for them, and the records
 * behind one figure (drill-down), within the viewer's permissions. The definitions of the ten keys
 * are in apps/api/src/modules/indicators/indicator-service.ts (and the README).
 */

const uuidSchema = z.uuid();

/** The longest period one may ask for. */
export const INDICATOR_MAX_SPAN_DAYS = 5 * 366;

/**
 * Indicators measured for a hospital (their facts belong to a hospital, not a department):
 * supervisor courses are held by a hospital's education centre, networks belong to a hospital.
 * For a department the API reports these for the department's hospital (`measuredFor`).
 */
export const HOSPITAL_LEVEL_INDICATORS: readonly ComputedIndicatorKey[] = [
  'SUPERVISORS_TRAINED',
  'TRAINED_FACILITATORS',
];

/**
 * Indicators of general practice: their facts belong to practices (under a GP area), never to a
 * hospital or department, so a hospital's or department's panel leaves them out; they are shown
 * for the region.
 */
export const GENERAL_PRACTICE_INDICATORS: readonly ComputedIndicatorKey[] = [
  'GPS_IN_GROUP',
  'TUTOR_PRACTICES_APPROVED_PROGRAMME',
];

const periodQuery = {
  /** A hospital or department; omitted = the whole region (tenant-wide roles only). */
  unitId: uuidSchema.optional(),
  /** Default: `to` − 12 months. */
  from: isoDateSchema.optional(),
  /** Default: today (Danish date). */
  to: isoDateSchema.optional(),
};

function checkPeriod(q: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) {
  if (q.from && q.to && q.from > q.to)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'The period ends before it starts' });
  else if (q.from && q.to && Date.parse(q.to) - Date.parse(q.from) > INDICATOR_MAX_SPAN_DAYS * 86_400_000)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'The period is at most five years' });
}

export const indicatorsQuerySchema = z.strictObject(periodQuery).superRefine(checkPeriod);
export type IndicatorsQuery = z.infer<typeof indicatorsQuerySchema>;

export const indicatorKeyParamsSchema = z.strictObject({ key: computedIndicatorKeySchema });

export const INDICATOR_RECORDS_MAX_LIMIT = 200;
export const indicatorRecordsQuerySchema = z
  .strictObject({
    ...periodQuery,
    /** Opaque paging cursor from `nextCursor`. */
    cursor: z
      .string()
      .regex(/^\d{1,7}$/)
      .optional(),
    limit: z.coerce.number().int().min(1).max(INDICATOR_RECORDS_MAX_LIMIT).default(50),
  })
  .superRefine(checkPeriod);
export type IndicatorRecordsQuery = z.infer<typeof indicatorRecordsQuerySchema>;

export const indicatorUnitSchema = z.strictObject({
  id: uuidSchema,
  name: z.string(),
  kind: z.string(),
});

/** A target a strategy sets for the indicator (a strategy_indicator row with this computed key). */
export const indicatorTargetSchema = z.strictObject({
  strategyId: uuidSchema,
  strategyTitle: z.string(),
  initiativeId: uuidSchema,
  initiativeTitle: z.string(),
  indicatorTitle: z.string(),
  target: z.number().nullable(),
  direction: indicatorDirectionSchema,
  /** indicatorMet(value, target, direction); null when there is no value or no target. */
  met: z.boolean().nullable(),
});
export type IndicatorTarget = z.infer<typeof indicatorTargetSchema>;

export const indicatorFigureSchema = z.strictObject({
  key: computedIndicatorKeySchema,
  valueType: indicatorValueTypeSchema,
  direction: indicatorDirectionSchema,
  value: z.number().nullable(),
  numerator: z.number().int(),
  denominator: z.number().int().nullable(),
  /** The unit the value is measured for: the asked unit, or its hospital for a hospital-level key; null = region. */
  measuredFor: indicatorUnitSchema.nullable(),
  targets: z.array(indicatorTargetSchema),
});
export type IndicatorFigure = z.infer<typeof indicatorFigureSchema>;

export const indicatorsResponseSchema = z.strictObject({
  unit: indicatorUnitSchema.nullable(),
  from: isoDateSchema,
  to: isoDateSchema,
  indicators: z.array(indicatorFigureSchema),
});
export type IndicatorsResponse = z.infer<typeof indicatorsResponseSchema>;

/**
 * One record behind a figure. Which fields are filled depends on the key (see the web's column
 * sets): course keys name the trainee and the course, people keys the person, the department keys
 * the department. `counted` says whether the record counts towards the numerator of a share.
 */
export const indicatorRecordSchema = z.strictObject({
  id: z.string(),
  unitId: uuidSchema.nullable(),
  unitName: z.string().nullable(),
  courseId: uuidSchema.nullable(),
  personId: uuidSchema.nullable(),
  personName: z.string().nullable(),
  track: z.string().nullable(),
  role: z.string().nullable(),
  /** Activity title (supervisor course) or network name. */
  title: z.string().nullable(),
  /** Local function description status (MISSING when there is none). */
  status: z.string().nullable(),
  dueOn: isoDateSchema.nullable(),
  heldOn: isoDateSchema.nullable(),
  startedOn: isoDateSchema.nullable(),
  lastFeedbackOn: isoDateSchema.nullable(),
  activityOn: isoDateSchema.nullable(),
  teamLastHeldOn: isoDateSchema.nullable(),
  teamDueOn: isoDateSchema.nullable(),
  forumLastHeldOn: isoDateSchema.nullable(),
  forumDueOn: isoDateSchema.nullable(),
  feedbackCount: z.number().int().nullable(),
  traineeMonths: z.number().int().nullable(),
  mentorName: z.string().nullable(),
  counted: z.boolean().nullable(),
});
export type IndicatorRecord = z.infer<typeof indicatorRecordSchema>;

export const indicatorRecordsResponseSchema = z.strictObject({
  key: computedIndicatorKeySchema,
  unit: indicatorUnitSchema.nullable(),
  from: isoDateSchema,
  to: isoDateSchema,
  figure: indicatorFigureSchema,
  /** Records behind the figure: the denominator's for a share, the counted ones for a count. */
  total: z.number().int(),
  /** Of `total`, the records the viewer may not see (left out of `items`). */
  hiddenCount: z.number().int(),
  items: z.array(indicatorRecordSchema),
  nextCursor: z.string().nullable(),
});
export type IndicatorRecordsResponse = z.infer<typeof indicatorRecordsResponseSchema>;
