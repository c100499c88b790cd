import { z } from 'zod';
import { uuidSchema } from './auth.js';
import { isoDateSchema } from './roles.js';
import {
  attainmentColourSchema,
  computedIndicatorKeySchema,
  indicatorDirectionSchema,
  indicatorKindSchema,
  indicatorValueTypeSchema,
  initiativeAppliesPerSchema,
  initiativeStateSchema,
  initiativeStateSourceSchema,
} from './strategy-rules.js';

/**
 * The strategy indicator dashboard (issue 5): strategies of a region or a hospital with themes,
 * initiatives (goals), dated status updates, manual and computed indicators, and snapshots of the
 * attainment for trend lines. Every figure is an aggregate (counts); no personal data.
 */

const text = (max: number) => z.string().trim().min(1).max(max);
const longText = (max: number) => z.string().trim().max(max);
const version = z.number().int().min(1);
const sortOrder = z.number().int().min(0).max(10_000);

export const strategyIdParamsSchema = z.strictObject({ strategyId: uuidSchema });
export const strategyThemeParamsSchema = z.strictObject({ strategyId: uuidSchema, themeId: uuidSchema });
export const strategyInitiativeParamsSchema = z.strictObject({ strategyId: uuidSchema, initiativeId: uuidSchema });
export const strategyIndicatorParamsSchema = z.strictObject({ strategyId: uuidSchema, indicatorId: uuidSchema });

const strategyFields = {
  title: text(300),
  description: longText(4000),
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema,
  /** Percent at or above which the strategy is green (90 in the seeds). */
  greenThreshold: z.number().int().min(1).max(100),
  /** Percent at or above which it is amber; below, red. Not above the green threshold. */
  amberThreshold: z.number().int().min(0).max(100),
};
function checkStrategy(
  v: { periodStart: string; periodEnd: string; greenThreshold: number; amberThreshold: number },
  ctx: z.RefinementCtx,
) {
  if (v.periodEnd < v.periodStart)
    ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'The period ends before it starts' });
  if (v.amberThreshold > v.greenThreshold)
    ctx.addIssue({ code: 'custom', path: ['amberThreshold'], message: 'The amber threshold is above the green one' });
}

export const createStrategySchema = z
  .strictObject({
    ...strategyFields,
    /** The hospital; null = the region's strategy (regional administrator only). */
    unitId: uuidSchema.nullable(),
  })
  .superRefine(checkStrategy);
export type CreateStrategy = z.infer<typeof createStrategySchema>;

export const updateStrategySchema = z.strictObject({ ...strategyFields, version }).superRefine(checkStrategy);
export type UpdateStrategy = z.infer<typeof updateStrategySchema>;

export const strategyThemeInputSchema = z.strictObject({
  title: text(300),
  description: longText(4000),
  sortOrder,
});
export type StrategyThemeInput = z.infer<typeof strategyThemeInputSchema>;
/** An edit of a theme names the version it started from (stale → 409). */
export const updateStrategyThemeSchema = z.strictObject({ ...strategyThemeInputSchema.shape, version });
export type UpdateStrategyTheme = z.infer<typeof updateStrategyThemeSchema>;

const initiativeFields = {
  themeId: uuidSchema,
  title: text(500),
  description: longText(4000),
  /** "Initiativ og realiseringsansvar" as written, e.g. "CHRU (tovholder)". */
  ownerText: longText(300),
  deadline: isoDateSchema.nullable(),
  appliesPer: initiativeAppliesPerSchema,
  stateSource: initiativeStateSourceSchema,
  sortOrder,
};
export const createInitiativeSchema = z.strictObject(initiativeFields);
export type CreateInitiative = z.infer<typeof createInitiativeSchema>;
export const updateInitiativeSchema = z.strictObject({ ...initiativeFields, version });
export type UpdateInitiative = z.infer<typeof updateInitiativeSchema>;

const indicatorFields = {
  title: text(300),
  kind: indicatorKindSchema,
  /** COMPUTED only: which computed indicator. */
  computedKey: computedIndicatorKeySchema.nullable(),
  valueType: indicatorValueTypeSchema,
  /** The target (BOOLEAN: 1 = yes); null = shown without a target. */
  target: z.number().min(-1e9).max(1e9).nullable(),
  direction: indicatorDirectionSchema,
  sortOrder,
};
function checkIndicator(v: { kind: string; computedKey: string | null }, ctx: z.RefinementCtx) {
  if (v.kind === 'COMPUTED' && v.computedKey === null)
    ctx.addIssue({ code: 'custom', path: ['computedKey'], message: 'A computed indicator needs its key' });
  if (v.kind === 'MANUAL' && v.computedKey !== null)
    ctx.addIssue({ code: 'custom', path: ['computedKey'], message: 'Only a computed indicator has a key' });
}
export const createIndicatorSchema = z.strictObject(indicatorFields).superRefine(checkIndicator);
export type CreateIndicator = z.infer<typeof createIndicatorSchema>;
export const updateIndicatorSchema = z.strictObject({ ...indicatorFields, version }).superRefine(checkIndicator);
export type UpdateIndicator = z.infer<typeof updateIndicatorSchema>;

/** A dated status of an initiative (append-only). */
export const createStatusUpdateSchema = z.strictObject({
  /** Required for an initiative that applies per department; null for one that applies to the whole scope. */
  departmentId: uuidSchema.nullable(),
  asOf: isoDateSchema,
  periodLabel: longText(100),
  state: initiativeStateSchema,
  text: longText(4000),
});
export type CreateStatusUpdate = z.infer<typeof createStatusUpdateSchema>;

/** A dated value of a MANUAL indicator. */
export const createIndicatorValueSchema = z.strictObject({
  departmentId: uuidSchema.nullable(),
  measuredOn: isoDateSchema,
  value: z.number().min(-1e9).max(1e9),
  note: longText(1000),
});
export type CreateIndicatorValue = z.infer<typeof createIndicatorValueSchema>;

export const strategyDashboardQuerySchema = z.strictObject({
  /** The date the attainment is computed for (default: today in Denmark). */
  asOf: isoDateSchema.optional(),
});
export type StrategyDashboardQuery = z.infer<typeof strategyDashboardQuerySchema>;

export const attainmentSchema = z.strictObject({
  achieved: z.number().int(),
  total: z.number().int(),
  /** One decimal; null when total is 0. */
  percent: z.number().nullable(),
  colour: attainmentColourSchema,
});
export type Attainment = z.infer<typeof attainmentSchema>;

const unitRef = z.strictObject({ id: uuidSchema, name: z.string() });

export const strategyHeaderSchema = z.strictObject({
  id: uuidSchema,
  title: z.string(),
  description: z.string(),
  /** The hospital; null = the region's strategy. */
  unit: unitRef.nullable(),
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema,
  greenThreshold: z.number().int(),
  amberThreshold: z.number().int(),
  version: z.number().int(),
});
export type StrategyHeader = z.infer<typeof strategyHeaderSchema>;

export const strategySummarySchema = z.strictObject({
  ...strategyHeaderSchema.shape,
  overall: attainmentSchema,
  /** Whether the caller may edit it. */
  canManage: z.boolean(),
});
export type StrategySummary = z.infer<typeof strategySummarySchema>;
export const strategyListSchema = z.strictObject({
  items: z.array(strategySummarySchema),
  /** Hospitals the caller may create a strategy for; `region` when they may create the region's. */
  canCreate: z.strictObject({ region: z.boolean(), hospitals: z.array(unitRef) }),
});
export type StrategyList = z.infer<typeof strategyListSchema>;

export const statusUpdateViewSchema = z.strictObject({
  id: uuidSchema,
  asOf: isoDateSchema,
  periodLabel: z.string(),
  state: initiativeStateSchema,
  text: z.string(),
});
export type StatusUpdateView = z.infer<typeof statusUpdateViewSchema>;

export const indicatorViewSchema = z.strictObject({
  id: uuidSchema,
  title: z.string(),
  kind: indicatorKindSchema,
  computedKey: computedIndicatorKeySchema.nullable(),
  valueType: indicatorValueTypeSchema,
  target: z.number().nullable(),
  direction: indicatorDirectionSchema,
  sortOrder: z.number().int(),
  version: z.number().int(),
  /** The current value for the strategy's scope (manual: the latest on or before asOf). */
  value: z.number().nullable(),
  /** MANUAL: the date of that value. */
  measuredOn: isoDateSchema.nullable(),
  /** Numerator/denominator behind a computed share (null for manual ones). */
  numerator: z.number().int().nullable(),
  denominator: z.number().int().nullable(),
  met: z.boolean().nullable(),
  /** COMPUTED: the scope and period the value is for (the drill-down link); null for MANUAL. */
  scope: z.strictObject({ unitId: uuidSchema.nullable(), from: isoDateSchema, to: isoDateSchema }).nullable(),
  /** COMPUTED: the value could not be computed (shown as "not available"). */
  unavailable: z.boolean(),
});
export type IndicatorView = z.infer<typeof indicatorViewSchema>;

export const initiativeViewSchema = z.strictObject({
  id: uuidSchema,
  themeId: uuidSchema,
  title: z.string(),
  description: z.string(),
  ownerText: z.string(),
  deadline: isoDateSchema.nullable(),
  appliesPer: initiativeAppliesPerSchema,
  stateSource: initiativeStateSourceSchema,
  sortOrder: z.number().int(),
  version: z.number().int(),
  achieved: z.boolean(),
  /** The latest whole-scope status on or before asOf. */
  latestStatus: statusUpdateViewSchema.nullable(),
  /**
   * DEPARTMENT initiatives: one entry per department of the scope, achieved or not. The statuses
   * themselves are fetched per initiative (GET …/initiatives/:id/department-statuses): a region's
   * strategy has hundreds of departments, and the dashboard would otherwise carry every text.
   */
  departments: z.array(z.strictObject({ departmentId: uuidSchema, achieved: z.boolean() })),
  indicators: z.array(indicatorViewSchema),
});
export type InitiativeView = z.infer<typeof initiativeViewSchema>;

export const trendPointSchema = z.strictObject({
  takenAt: z.iso.datetime(),
  trigger: z.enum(['SCHEDULE', 'MANUAL']),
  achieved: z.number().int(),
  total: z.number().int(),
  percent: z.number().nullable(),
});
export type TrendPoint = z.infer<typeof trendPointSchema>;

export const strategyDashboardSchema = z.strictObject({
  strategy: strategyHeaderSchema,
  asOf: isoDateSchema,
  canManage: z.boolean(),
  overall: attainmentSchema,
  themes: z.array(
    z.strictObject({
      id: uuidSchema,
      title: z.string(),
      description: z.string(),
      sortOrder: z.number().int(),
      version: z.number().int(),
      attainment: attainmentSchema,
    }),
  ),
  /** The departments of the scope, with attainment over the initiatives that apply per department. */
  departments: z.array(z.strictObject({ id: uuidSchema, name: z.string(), attainment: attainmentSchema })),
  initiatives: z.array(initiativeViewSchema),
  trend: z.array(trendPointSchema),
});
export type StrategyDashboard = z.infer<typeof strategyDashboardSchema>;

/** What a write answers: the record's id and its version after the write. */
export const strategyWriteResultSchema = z.strictObject({ id: uuidSchema, version: z.number().int() });
export type StrategyWriteResult = z.infer<typeof strategyWriteResultSchema>;

export const strategySnapshotResultSchema = z.strictObject({ id: uuidSchema, ...trendPointSchema.shape });
export type StrategySnapshotResult = z.infer<typeof strategySnapshotResultSchema>;

/** The `data` column of a snapshot: per theme and per department at the time. */
export const strategySnapshotDataSchema = z.strictObject({
  asOf: isoDateSchema,
  themes: z.array(z.strictObject({ id: uuidSchema, achieved: z.number().int(), total: z.number().int() })),
  departments: z.array(z.strictObject({ id: uuidSchema, achieved: z.number().int(), total: z.number().int() })),
});
export type StrategySnapshotData = z.infer<typeof strategySnapshotDataSchema>;

/** GET /api/strategies/:strategyId/initiatives/:initiativeId/department-statuses?asOf */
export const initiativeDepartmentStatusesSchema = z.strictObject({
  items: z.array(
    z.strictObject({
      departmentId: uuidSchema,
      departmentName: z.string(),
      /** The department's latest status on or before asOf; null when none was recorded. */
      latestStatus: statusUpdateViewSchema.nullable(),
    }),
  ),
});
export type InitiativeDepartmentStatuses = z.infer<typeof initiativeDepartmentStatusesSchema>;
