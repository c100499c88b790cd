import { z } from 'zod';

/**
 * The strategy model's closed value sets and its two rules (issue 5): how attainment is coloured
 * against a strategy's threshold, and when an indicator is met. Shared by the API (SQL results are
 * checked with these), the web app and the tests.
 */

/** State of an initiative in a dated status update. */
export const INITIATIVE_STATES = ['ACHIEVED', 'PARTLY', 'NOT_ACHIEVED', 'NOT_STARTED'] as const;
export const initiativeStateSchema = z.enum(INITIATIVE_STATES);
export type InitiativeState = z.infer<typeof initiativeStateSchema>;

/** STRATEGY: one status for the strategy's whole scope; DEPARTMENT: one per department of the scope. */
export const INITIATIVE_APPLIES_PER = ['STRATEGY', 'DEPARTMENT'] as const;
export const initiativeAppliesPerSchema = z.enum(INITIATIVE_APPLIES_PER);
export type InitiativeAppliesPer = z.infer<typeof initiativeAppliesPerSchema>;

/** STATUS: achieved when the latest status says ACHIEVED; INDICATORS: when all its indicators are met. */
export const INITIATIVE_STATE_SOURCES = ['STATUS', 'INDICATORS'] as const;
export const initiativeStateSourceSchema = z.enum(INITIATIVE_STATE_SOURCES);
export type InitiativeStateSource = z.infer<typeof initiativeStateSourceSchema>;

export const INDICATOR_KINDS = ['MANUAL', 'COMPUTED'] as const;
export const indicatorKindSchema = z.enum(INDICATOR_KINDS);
export type IndicatorKind = z.infer<typeof indicatorKindSchema>;

export const INDICATOR_VALUE_TYPES = ['PERCENT', 'COUNT', 'NUMBER', 'BOOLEAN'] as const;
export const indicatorValueTypeSchema = z.enum(INDICATOR_VALUE_TYPES);
export type IndicatorValueType = z.infer<typeof indicatorValueTypeSchema>;

export const INDICATOR_DIRECTIONS = ['AT_LEAST', 'AT_MOST'] as const;
export const indicatorDirectionSchema = z.enum(INDICATOR_DIRECTIONS);
export type IndicatorDirection = z.infer<typeof indicatorDirectionSchema>;

/**
 * Indicators computed from the portal's own data, each for a scope (region, hospital or
 * department) and a period [from, to]. `valueType` is what `value` means; numerator and
 * denominator are the counts behind a share (the denominator is null for plain counts).
 */
export const COMPUTED_INDICATORS = {
  /** Expectation meetings held by their due date / meetings due in the period. */
  MEETINGS_ON_TIME: { valueType: 'PERCENT', direction: 'AT_LEAST' },
  /** Departments whose education team and forum met within their cadence / departments. */
  WORKING_EDUCATION_BODIES: { valueType: 'PERCENT', direction: 'AT_LEAST' },
  /** Department × role (UAO, UKS, UKYL) with an approved local function description / all such pairs. */
  LOCAL_FD_APPROVED: { valueType: 'PERCENT', direction: 'AT_LEAST' },
  /** New UAO/UKS/UKYL (assignment started in the last 12 months) with a mentor / all new. */
  NEW_ROLE_HOLDERS_WITH_MENTOR: { valueType: 'PERCENT', direction: 'AT_LEAST' },
  /** New UAO/UKS/UKYL without a mentor (count). */
  NEW_ROLE_HOLDERS_WITHOUT_MENTOR: { valueType: 'COUNT', direction: 'AT_MOST' },
  /** Supervisors who attended a supervisor course (Tutorcentret activity) in the period. */
  SUPERVISORS_TRAINED: { valueType: 'COUNT', direction: 'AT_LEAST' },
  /** Trained facilitators in a network (members of a NETWORK body with function FACILITATOR) at `to`. */
  TRAINED_FACILITATORS: { valueType: 'COUNT', direction: 'AT_LEAST' },
  /** Feedback records per active trainee per month in the period. */
  FEEDBACK_PER_TRAINEE_MONTH: { valueType: 'NUMBER', direction: 'AT_LEAST' },
  /** Active trainees at `to` with no feedback in the 4 weeks before it (count). */
  TRAINEES_WITHOUT_FEEDBACK_4W: { valueType: 'COUNT', direction: 'AT_MOST' },
  /** Active trainees at `to` whose course has an education plan / active trainees. */
  TRAINEES_WITH_EDUCATION_PLAN: { valueType: 'PERCENT', direction: 'AT_LEAST' },
  /** Departments in GP training at `to` whose 3-yearly AMU visit is not overdue at `to` / such departments. */
  GP_DEPARTMENT_VISITS_ON_TIME: { valueType: 'PERCENT', direction: 'AT_LEAST' },
  /** Active GPs at `to` who are members of an active continuing-education group / active GPs. */
  GPS_IN_GROUP: { valueType: 'PERCENT', direction: 'AT_LEAST' },
  /** Tutor practices at `to` whose education programme has an approved version not past re-approval / tutor practices. */
  TUTOR_PRACTICES_APPROVED_PROGRAMME: { valueType: 'PERCENT', direction: 'AT_LEAST' },
} as const satisfies Record<string, { valueType: IndicatorValueType; direction: IndicatorDirection }>;
export type ComputedIndicatorKey = keyof typeof COMPUTED_INDICATORS;
export const COMPUTED_INDICATOR_KEYS = Object.keys(COMPUTED_INDICATORS) as [
  ComputedIndicatorKey,
  ...ComputedIndicatorKey[],
];
export const computedIndicatorKeySchema = z.enum(COMPUTED_INDICATOR_KEYS);

/** One computed (or manual) indicator value for a scope and period. */
export const indicatorResultSchema = z.strictObject({
  key: computedIndicatorKeySchema,
  /** The unit the value is for; null = the whole tenant (region). */
  unitId: z.uuid().nullable(),
  from: z.iso.date(),
  to: z.iso.date(),
  valueType: indicatorValueTypeSchema,
  /** null when there is nothing to measure (denominator 0). */
  value: z.number().nullable(),
  numerator: z.number().int(),
  denominator: z.number().int().nullable(),
});
export type IndicatorResult = z.infer<typeof indicatorResultSchema>;

/** Colour of an attainment against a strategy's bands; NONE when there is nothing in scope. */
export const ATTAINMENT_COLOURS = ['GREEN', 'AMBER', 'RED', 'NONE'] as const;
export const attainmentColourSchema = z.enum(ATTAINMENT_COLOURS);
export type AttainmentColour = z.infer<typeof attainmentColourSchema>;

export interface AttainmentBands {
  /** Percent at or above which attainment is green (90 in the seeds). */
  green: number;
  /** Percent at or above which it is amber; below, red. */
  amber: number;
}

/** Attainment in percent (one decimal), null when total is 0. */
export function attainmentPercent(achieved: number, total: number): number | null {
  if (total <= 0) return null;
  return Math.round((achieved * 1000) / total) / 10;
}

/**
 * Green when achieved/total ≥ green%, amber when ≥ amber%, else red. Compared in integers
 * (achieved·100 ≥ threshold·total) so that 9 of 10 at 90% is green and 8 of 9 (88.9%) amber,
 * with no rounding at the edge.
 */
export function attainmentColour(achieved: number, total: number, bands: AttainmentBands): AttainmentColour {
  if (total <= 0) return 'NONE';
  if (achieved * 100 >= bands.green * total) return 'GREEN';
  if (achieved * 100 >= bands.amber * total) return 'AMBER';
  return 'RED';
}

/** Whether an indicator's value meets its target; null when there is no value or no target. */
export function indicatorMet(
  value: number | null,
  target: number | null,
  direction: IndicatorDirection,
): boolean | null {
  if (value === null || target === null) return null;
  return direction === 'AT_LEAST' ? value >= target : value <= target;
}
