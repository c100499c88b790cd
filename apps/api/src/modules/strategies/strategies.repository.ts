import type { Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../../lib/db.js';

/**
 * The strategy module's queries. Every one filters by tenant_id (RLS is the second line). The
 * dashboard is a fixed number of statements whatever the number of initiatives and departments:
 * structure (3), departments (1), attainment with the latest statuses (1), latest manual values (1),
 * snapshots (1), plus one grouped query per computed-indicator key in use.
 */

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const strategySelect = {
  id: true,
  unitId: true,
  title: true,
  description: true,
  periodStart: true,
  periodEnd: true,
  greenThreshold: true,
  amberThreshold: true,
  version: true,
  updatedAt: true,
  unit: { select: { id: true, name: true } },
} as const;
export type StrategyRow = Prisma.StrategyGetPayload<{ select: typeof strategySelect }>;

export function findStrategy(tx: Tx, tenantId: string, id: string) {
  return tx.strategy.findFirst({ where: { tenantId, id }, select: strategySelect });
}

/** The strategies the caller reads: all, or the region's (when `region`) and those of `unitIds`. */
export function listStrategies(tx: Tx, tenantId: string, filter: 'all' | { region: boolean; unitIds: string[] }) {
  const where: Prisma.StrategyWhereInput =
    filter === 'all'
      ? { tenantId }
      : {
          tenantId,
          OR: [...(filter.region ? [{ unitId: null }] : []), { unitId: { in: filter.unitIds } }],
        };
  return tx.strategy.findMany({ where, select: strategySelect, orderBy: [{ periodStart: 'desc' }, { title: 'asc' }] });
}

/** Every strategy of the tenant (the snapshot job). */
export function allStrategyIds(tx: Tx, tenantId: string) {
  return tx.strategy.findMany({ where: { tenantId }, select: { id: true }, orderBy: { createdAt: 'asc' } });
}

export function hospitalsIn(tx: Tx, tenantId: string, ids: 'all' | string[]) {
  return tx.orgUnit.findMany({
    where: { tenantId, kind: 'HOSPITAL', closedAt: null, ...(ids === 'all' ? {} : { id: { in: ids } }) },
    select: { id: true, name: true },
    orderBy: { name: 'asc' },
  });
}

export function findUnitKind(tx: Tx, tenantId: string, id: string) {
  return tx.orgUnit.findFirst({ where: { tenantId, id }, select: { id: true, kind: true, parentId: true } });
}

export function themesOf(tx: Tx, tenantId: string, strategyId: string) {
  return tx.strategyTheme.findMany({
    where: { tenantId, strategyId },
    select: { id: true, title: true, description: true, sortOrder: true, version: true },
    orderBy: [{ sortOrder: 'asc' }, { title: 'asc' }],
  });
}

export const initiativeSelect = {
  id: true,
  strategyId: true,
  themeId: true,
  title: true,
  description: true,
  ownerText: true,
  deadline: true,
  appliesPer: true,
  stateSource: true,
  sortOrder: true,
  version: true,
  updatedAt: true,
} as const;
export type InitiativeRow = Prisma.StrategyInitiativeGetPayload<{ select: typeof initiativeSelect }>;

export function initiativesOf(tx: Tx, tenantId: string, strategyId: string) {
  return tx.strategyInitiative.findMany({
    where: { tenantId, strategyId },
    select: initiativeSelect,
    orderBy: [{ theme: { sortOrder: 'asc' } }, { themeId: 'asc' }, { sortOrder: 'asc' }, { title: 'asc' }],
  });
}

export const indicatorSelect = {
  id: true,
  initiativeId: true,
  title: true,
  kind: true,
  computedKey: true,
  valueType: true,
  target: true,
  direction: true,
  sortOrder: true,
  version: true,
  updatedAt: true,
} as const;
export type IndicatorRow = Prisma.StrategyIndicatorGetPayload<{ select: typeof indicatorSelect }>;

export function indicatorsOf(tx: Tx, tenantId: string, strategyId: string) {
  return tx.strategyIndicator.findMany({
    where: { tenantId, initiative: { tenantId, strategyId } },
    select: indicatorSelect,
    orderBy: [{ sortOrder: 'asc' }, { title: 'asc' }],
  });
}

/**
 * The departments of a strategy's scope on `asOf`: the departments of its hospital (the tree is
 * hospital > department), or every department of the tenant for the region's strategy; not
 * closed on that date.
 */
export function departmentsOf(tx: Tx, tenantId: string, unitId: string | null, asOf: string) {
  return tx.$queryRaw<{ id: string; name: string }[]>`
    SELECT u.id::text, u.name FROM org_unit u
     WHERE u.tenant_id = ${tenantId}::uuid AND u.kind = 'DEPARTMENT'
       AND (${unitId}::uuid IS NULL OR u.parent_id = ${unitId}::uuid)
       AND (u.closed_at IS NULL OR u.closed_at > ${asOf}::date)
     ORDER BY u.name`;
}

/** A computed indicator's met/not met for a unit (null = the region), passed into the attainment query. */
export interface ComputedMet {
  indicatorId: string;
  unitId: string | null;
  met: boolean;
}

export interface AttainmentRow {
  level: 'overall' | 'theme' | 'department' | 'initiative' | 'initiative-department' | 'statuses';
  key: string | null;
  /** Unused (null); kept so that every level has the same columns. */
  dept: string | null;
  achieved: number;
  total: number;
  /**
   * Level 'statuses': the latest whole-scope status of every initiative that has one; level
   * 'initiative-department': the ids of the departments where the initiative is achieved.
   */
  statuses: StatusRow[] | string[] | null;
}

/**
 * Attainment of one strategy on `asOf`, in one statement. A target is an initiative (STRATEGY) or
 * an initiative × department of the scope (DEPARTMENT). A target is achieved when
 * - STATUS: its latest status on or before asOf (DISTINCT ON initiative, department) is ACHIEVED;
 * - INDICATORS: it has indicators and every one is met: MANUAL by its latest value on or before
 *   asOf (for that department, or the whole scope) against the target; COMPUTED by `computed`
 *   (computed by the caller with computeIndicator, only when such indicators exist).
 * An initiative is achieved when every target of it is (a DEPARTMENT initiative: in every
 * department of the scope; with no department in scope it is not achieved). Overall and per theme
 * count initiatives; per department counts that department's DEPARTMENT targets. ADR 0010.
 */
export function attainment(
  tx: Tx,
  tenantId: string,
  strategyId: string,
  asOf: string,
  computed: readonly ComputedMet[],
  /** Also answer the latest statuses themselves (row level 'statuses'): the dashboard shows them. */
  withStatuses = false,
): Promise<AttainmentRow[]> {
  const cIds = computed.map((c) => c.indicatorId);
  const cUnits = computed.map((c) => c.unitId);
  const cMet = computed.map((c) => c.met);
  return tx.$queryRaw<AttainmentRow[]>`
    WITH s AS (
      SELECT id, unit_id FROM strategy WHERE tenant_id = ${tenantId}::uuid AND id = ${strategyId}::uuid
    ), ini AS (
      SELECT i.id, i.theme_id, i.applies_per, i.state_source FROM strategy_initiative i
       WHERE i.tenant_id = ${tenantId}::uuid AND i.strategy_id = ${strategyId}::uuid
    ), depts AS (
      SELECT u.id FROM org_unit u, s
       WHERE u.tenant_id = ${tenantId}::uuid AND u.kind = 'DEPARTMENT'
         AND (s.unit_id IS NULL OR u.parent_id = s.unit_id)
         AND (u.closed_at IS NULL OR u.closed_at > ${asOf}::date)
    ), targets AS (
      -- dkey: the department, or the zero uuid for the whole scope, so that joins are plain equality (hash joins).
      SELECT ini.id AS initiative_id, NULL::uuid AS dept_id, '00000000-0000-0000-0000-000000000000'::uuid AS dkey FROM ini WHERE ini.applies_per = 'STRATEGY'
      UNION ALL
      SELECT ini.id, depts.id, depts.id FROM ini CROSS JOIN depts WHERE ini.applies_per = 'DEPARTMENT'
    ), ind AS (
      SELECT si.id, si.initiative_id, si.kind, si.target, si.direction FROM strategy_indicator si
        JOIN ini ON ini.id = si.initiative_id AND ini.state_source = 'INDICATORS'
       WHERE si.tenant_id = ${tenantId}::uuid
    ), lv AS (
      SELECT DISTINCT ON (v.indicator_id, v.department_id) v.indicator_id,
             coalesce(v.department_id, '00000000-0000-0000-0000-000000000000'::uuid) AS dkey, v.value
        FROM indicator_value v JOIN ind ON ind.id = v.indicator_id AND ind.kind = 'MANUAL'
       WHERE v.tenant_id = ${tenantId}::uuid AND v.measured_on <= ${asOf}::date
       ORDER BY v.indicator_id, v.department_id, v.measured_on DESC, v.created_at DESC
    ), cm AS (
      SELECT c.indicator_id, coalesce(c.unit_id, '00000000-0000-0000-0000-000000000000'::uuid) AS ukey, c.met
        FROM unnest(${cIds}::uuid[], ${cUnits}::uuid[], ${cMet}::boolean[]) AS c(indicator_id, unit_id, met)
    ), ind_met AS (
      SELECT t.initiative_id, t.dkey,
             bool_and(CASE WHEN ind.kind = 'MANUAL' THEN
                        CASE WHEN ind.target IS NULL OR lv.value IS NULL THEN false
                             WHEN ind.direction = 'AT_LEAST' THEN lv.value >= ind.target
                             ELSE lv.value <= ind.target END
                      ELSE coalesce(cm.met, false) END) AS met
        FROM targets t
        JOIN ind ON ind.initiative_id = t.initiative_id
        CROSS JOIN s
        LEFT JOIN lv ON lv.indicator_id = ind.id AND lv.dkey = t.dkey
        LEFT JOIN cm ON cm.indicator_id = ind.id AND cm.ukey = coalesce(t.dept_id, s.unit_id, '00000000-0000-0000-0000-000000000000'::uuid)
       GROUP BY t.initiative_id, t.dkey
    ), tstate AS (
      -- The latest status on or before asOf per target: one backward index scan each (index
      -- tenant_id, initiative_id, department_id, as_of), not a sort of the whole history.
      SELECT t.initiative_id, t.dept_id,
             CASE WHEN ini.state_source = 'STATUS' THEN coalesce(coalesce(ld.state, lw.state) = 'ACHIEVED', false)
                  ELSE coalesce(im.met, false) END AS achieved,
             coalesce(ld.id, lw.id) AS status_id, coalesce(ld.as_of, lw.as_of) AS as_of,
             coalesce(ld.period_label, lw.period_label) AS period_label,
             coalesce(ld.state, lw.state) AS state, coalesce(ld.text, lw.text) AS text
        FROM targets t
        JOIN ini ON ini.id = t.initiative_id
        LEFT JOIN LATERAL (
          SELECT su.id, su.as_of, su.period_label, su.state, su.text FROM initiative_status_update su
           WHERE t.dept_id IS NULL
             AND su.tenant_id = ${tenantId}::uuid AND su.initiative_id = t.initiative_id
             AND su.department_id IS NULL AND su.as_of <= ${asOf}::date
           ORDER BY su.as_of DESC, su.created_at DESC LIMIT 1
        ) lw ON true
        LEFT JOIN LATERAL (
          SELECT su.id, su.as_of, su.period_label, su.state, su.text FROM initiative_status_update su
           WHERE t.dept_id IS NOT NULL
             AND su.tenant_id = ${tenantId}::uuid AND su.initiative_id = t.initiative_id
             AND su.department_id = t.dept_id AND su.as_of <= ${asOf}::date
           ORDER BY su.as_of DESC, su.created_at DESC LIMIT 1
        ) ld ON true
        LEFT JOIN ind_met im ON im.initiative_id = t.initiative_id AND im.dkey = t.dkey
    ), istate AS (
      SELECT ini.id, ini.theme_id, coalesce(bool_and(ts.achieved), false) AS achieved
        FROM ini LEFT JOIN tstate ts ON ts.initiative_id = ini.id
       GROUP BY ini.id, ini.theme_id
    )
    SELECT 'overall' AS level, NULL::text AS key, NULL::text AS dept,
           (count(*) FILTER (WHERE achieved))::int AS achieved, count(*)::int AS total, NULL::jsonb AS statuses
      FROM istate
    UNION ALL
    SELECT 'theme', theme_id::text, NULL, (count(*) FILTER (WHERE achieved))::int, count(*)::int, NULL
      FROM istate GROUP BY theme_id
    UNION ALL
    SELECT 'department', dept_id::text, NULL, (count(*) FILTER (WHERE achieved))::int, count(*)::int, NULL
      FROM tstate WHERE dept_id IS NOT NULL GROUP BY dept_id
    UNION ALL
    SELECT 'initiative', id::text, NULL, achieved::int, 1, NULL FROM istate
    UNION ALL
    -- One row per DEPARTMENT initiative with the departments where it is achieved (a JSON array,
    -- not a row per department: at 300 departments that was thousands of rows to read back).
    SELECT 'initiative-department', initiative_id::text, NULL, (count(*) FILTER (WHERE achieved))::int, count(*)::int,
           coalesce(jsonb_agg(dept_id::text) FILTER (WHERE achieved), '[]'::jsonb)
      FROM tstate WHERE dept_id IS NOT NULL GROUP BY initiative_id
    UNION ALL
    -- The dashboard shows the latest whole-scope statuses themselves (per-department ones are
    -- fetched per initiative: departmentStatuses): the same lookups, in one JSON array.
    SELECT 'statuses', NULL, NULL, 0, 0,
           coalesce(jsonb_agg(jsonb_build_object(
             'id', status_id::text, 'initiative_id', initiative_id::text, 'department_id', dept_id::text,
             'as_of', to_char(as_of, 'YYYY-MM-DD'), 'period_label', period_label, 'state', state, 'text', text
           )), '[]'::jsonb)
      FROM tstate WHERE ${withStatuses} AND status_id IS NOT NULL AND dept_id IS NULL`;
}

export interface StatusRow {
  id: string;
  initiative_id: string;
  department_id: string | null;
  as_of: string;
  period_label: string;
  state: string;
  text: string;
}

export interface ValueRow {
  indicator_id: string;
  department_id: string | null;
  measured_on: string;
  value: number;
}

/** The latest manual value on or before asOf per indicator and department. */
export function latestValues(tx: Tx, tenantId: string, strategyId: string, asOf: string) {
  return tx.$queryRaw<ValueRow[]>`
    SELECT DISTINCT ON (v.indicator_id, v.department_id)
           v.indicator_id::text, v.department_id::text, to_char(v.measured_on, 'YYYY-MM-DD') AS measured_on,
           v.value::float8 AS value
      FROM indicator_value v
      JOIN strategy_indicator si ON si.tenant_id = v.tenant_id AND si.id = v.indicator_id
      JOIN strategy_initiative i ON i.tenant_id = si.tenant_id AND i.id = si.initiative_id
     WHERE v.tenant_id = ${tenantId}::uuid AND i.strategy_id = ${strategyId}::uuid AND v.measured_on <= ${asOf}::date
     ORDER BY v.indicator_id, v.department_id, v.measured_on DESC, v.created_at DESC`;
}

export function snapshotsOf(tx: Tx, tenantId: string, strategyId: string) {
  return tx.strategySnapshot.findMany({
    where: { tenantId, strategyId },
    select: { takenAt: true, trigger: true, achieved: true, total: true },
    orderBy: { takenAt: 'asc' },
    take: 500,
  });
}

// --- writes -----------------------------------------------------------------------------------

export async function createStrategy(
  tx: Tx,
  tenantId: string,
  d: {
    unitId: string | null;
    title: string;
    description: string;
    periodStart: string;
    periodEnd: string;
    greenThreshold: number;
    amberThreshold: number;
  },
) {
  const r = await tx.strategy.create({
    data: { tenantId, ...d, periodStart: day(d.periodStart), periodEnd: day(d.periodEnd) },
    select: { id: true, version: true },
  });
  return r;
}

export async function updateStrategy(
  tx: Tx,
  tenantId: string,
  id: string,
  version: number,
  d: {
    title: string;
    description: string;
    periodStart: string;
    periodEnd: string;
    greenThreshold: number;
    amberThreshold: number;
  },
): Promise<boolean> {
  const r = await tx.strategy.updateMany({
    where: { tenantId, id, version },
    data: { ...d, periodStart: day(d.periodStart), periodEnd: day(d.periodEnd), version: { increment: 1 } },
  });
  return r.count === 1;
}

export function findTheme(tx: Tx, tenantId: string, strategyId: string, id: string) {
  return tx.strategyTheme.findFirst({
    where: { tenantId, strategyId, id },
    select: { id: true, version: true, updatedAt: true },
  });
}

export function createTheme(
  tx: Tx,
  tenantId: string,
  strategyId: string,
  d: { title: string; description: string; sortOrder: number },
) {
  return tx.strategyTheme.create({ data: { tenantId, strategyId, ...d }, select: { id: true } });
}

export async function updateTheme(
  tx: Tx,
  tenantId: string,
  strategyId: string,
  id: string,
  version: number,
  d: { title: string; description: string; sortOrder: number },
) {
  const r = await tx.strategyTheme.updateMany({
    where: { tenantId, strategyId, id, version },
    data: { ...d, version: { increment: 1 } },
  });
  return r.count === 1;
}

/**
 * The latest status on or before asOf of one DEPARTMENT initiative in each of the given
 * departments (one index probe each, like attainment()); departments without one are left out.
 */
export function departmentStatuses(
  tx: Tx,
  tenantId: string,
  initiativeId: string,
  departmentIds: string[],
  asOf: string,
) {
  return tx.$queryRaw<StatusRow[]>`
    SELECT su.id::text, su.initiative_id::text, su.department_id::text, to_char(su.as_of, 'YYYY-MM-DD') AS as_of,
           su.period_label, su.state, su.text
      FROM unnest(${departmentIds}::uuid[]) AS d(id)
     CROSS JOIN LATERAL (
       SELECT s.id, s.initiative_id, s.department_id, s.as_of, s.period_label, s.state, s.text
         FROM initiative_status_update s
        WHERE s.tenant_id = ${tenantId}::uuid AND s.initiative_id = ${initiativeId}::uuid
          AND s.department_id = d.id AND s.as_of <= ${asOf}::date
        ORDER BY s.as_of DESC, s.created_at DESC LIMIT 1) su`;
}

export function findInitiative(tx: Tx, tenantId: string, strategyId: string, id: string) {
  return tx.strategyInitiative.findFirst({ where: { tenantId, strategyId, id }, select: initiativeSelect });
}

interface InitiativeData {
  themeId: string;
  title: string;
  description: string;
  ownerText: string;
  deadline: string | null;
  appliesPer: string;
  stateSource: string;
  sortOrder: number;
}
const initiativeData = (d: InitiativeData) => ({ ...d, deadline: d.deadline ? day(d.deadline) : null });

export function createInitiative(tx: Tx, tenantId: string, strategyId: string, d: InitiativeData) {
  return tx.strategyInitiative.create({
    data: { tenantId, strategyId, ...initiativeData(d) },
    select: { id: true, version: true },
  });
}

export async function updateInitiative(
  tx: Tx,
  tenantId: string,
  strategyId: string,
  id: string,
  version: number,
  d: InitiativeData,
) {
  const r = await tx.strategyInitiative.updateMany({
    where: { tenantId, strategyId, id, version },
    data: { ...initiativeData(d), version: { increment: 1 } },
  });
  return r.count === 1;
}

export function findIndicator(tx: Tx, tenantId: string, strategyId: string, id: string) {
  return tx.strategyIndicator.findFirst({
    where: { tenantId, id, initiative: { tenantId, strategyId } },
    select: indicatorSelect,
  });
}

interface IndicatorData {
  title: string;
  kind: string;
  computedKey: string | null;
  valueType: string;
  target: number | null;
  direction: string;
  sortOrder: number;
}

export function createIndicator(tx: Tx, tenantId: string, initiativeId: string, d: IndicatorData) {
  return tx.strategyIndicator.create({ data: { tenantId, initiativeId, ...d }, select: { id: true, version: true } });
}

export async function updateIndicator(tx: Tx, tenantId: string, id: string, version: number, d: IndicatorData) {
  const r = await tx.strategyIndicator.updateMany({
    where: { tenantId, id, version },
    data: { ...d, version: { increment: 1 } },
  });
  return r.count === 1;
}

export function createStatusUpdate(
  tx: Tx,
  tenantId: string,
  d: {
    initiativeId: string;
    departmentId: string | null;
    asOf: string;
    periodLabel: string;
    state: string;
    text: string;
    authorId: string;
  },
) {
  return tx.initiativeStatusUpdate.create({
    data: { tenantId, ...d, asOf: day(d.asOf) },
    select: { id: true },
  });
}

export function createIndicatorValue(
  tx: Tx,
  tenantId: string,
  d: {
    indicatorId: string;
    departmentId: string | null;
    measuredOn: string;
    value: number;
    note: string;
    authorId: string;
  },
) {
  return tx.indicatorValue.create({
    data: { tenantId, ...d, measuredOn: day(d.measuredOn) },
    select: { id: true },
  });
}

/**
 * Inserts a snapshot. A SCHEDULE snapshot is taken at most once per strategy and Danish calendar
 * day (unique index strategy_snapshot_schedule_day_key); a second one that day inserts nothing
 * and answers null.
 */
export async function insertSnapshot(
  tx: Tx,
  tenantId: string,
  d: {
    strategyId: string;
    trigger: 'SCHEDULE' | 'MANUAL';
    achieved: number;
    total: number;
    data: unknown;
    takenAt: Date;
  },
): Promise<{ id: string; taken_at: Date } | null> {
  const rows = await tx.$queryRaw<{ id: string; taken_at: Date }[]>`
    INSERT INTO strategy_snapshot (id, tenant_id, strategy_id, taken_at, trigger, achieved, total, data)
    VALUES (gen_random_uuid(), ${tenantId}::uuid, ${d.strategyId}::uuid, ${d.takenAt}::timestamptz, ${d.trigger},
            ${d.achieved}, ${d.total}, ${JSON.stringify(d.data)}::jsonb)
    ON CONFLICT DO NOTHING
    RETURNING id::text, taken_at`;
  return rows[0] ?? null;
}
