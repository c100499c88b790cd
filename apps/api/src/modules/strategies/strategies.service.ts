import {
  indicatorMet,
  todayInDenmark,
  type ComputedIndicatorKey,
  type CreateIndicator,
  type CreateIndicatorValue,
  type CreateInitiative,
  type CreateStatusUpdate,
  type CreateStrategy,
  type IndicatorView,
  type InitiativeDepartmentStatuses,
  type InitiativeView,
  type StatusUpdateView,
  type StrategyDashboard,
  type StrategyHeader,
  type StrategyList,
  type StrategySnapshotData,
  type StrategySnapshotResult,
  type StrategyThemeInput,
  type UpdateStrategyTheme,
  type StrategyWriteResult,
  type UpdateIndicator,
  type UpdateInitiative,
  type UpdateStrategy,
} from '@portal/contracts';
import { AppError, notFound } from '../../lib/app-error.js';
import type { AuthedCtx } from '../../lib/route.js';
import {
  colourOf,
  computedMets,
  computedNeeds,
  computedValue,
  computeValues,
  indicatorPeriod,
  isoDate,
  overallOf,
  strategyAttainment,
  type DataCtx,
} from './attainment.js';
import * as repo from './strategies.repository.js';
import type { AttainmentRow, StatusRow, StrategyRow } from './strategies.repository.js';
import { canManage, canRead, strategyAccess, type StrategyAccess } from './strategy-access.js';

export type Ctx = Pick<AuthedCtx, 'tx' | 'tenantId' | 'principal' | 'audit' | 'req'>;

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', { errors: [{ path, message, code: 'custom' }] });

function header(s: StrategyRow): StrategyHeader {
  return {
    id: s.id,
    title: s.title,
    description: s.description,
    unit: s.unit ? { id: s.unit.id, name: s.unit.name } : null,
    periodStart: isoDate(s.periodStart),
    periodEnd: isoDate(s.periodEnd),
    greenThreshold: s.greenThreshold,
    amberThreshold: s.amberThreshold,
    version: s.version,
  };
}

/** The strategy if the caller reads it; 404 otherwise (like another tenant's). */
async function readable(ctx: Ctx, id: string): Promise<{ s: StrategyRow; access: StrategyAccess }> {
  const [s, access] = await Promise.all([repo.findStrategy(ctx.tx, ctx.tenantId, id), strategyAccess(ctx)]);
  if (!s || !canRead(access, s.unitId)) throw notFound('The strategy');
  return { s, access };
}

/** The strategy if the caller edits it: 404 when they do not even read it, 403 when they only read it. */
async function manageable(ctx: Ctx, id: string): Promise<StrategyRow> {
  const { s, access } = await readable(ctx, id);
  if (!canManage(access, s.unitId)) throw new AppError('FORBIDDEN');
  return s;
}

export async function list(ctx: Ctx): Promise<StrategyList> {
  const access = await strategyAccess(ctx);
  const rows = await repo.listStrategies(
    ctx.tx,
    ctx.tenantId,
    access.readsAll ? 'all' : { region: access.readsRegion, unitIds: [...access.readUnits, ...access.manageUnits] },
  );
  const today = todayInDenmark();
  const items = [];
  // One attainment statement per strategy (a tenant has a handful), not per initiative.
  for (const s of rows) {
    const { rows: a } = await strategyAttainment(ctx, s, today, { cached: true });
    const o = overallOf(a);
    items.push({ ...header(s), overall: colourOf(o.achieved, o.total, s), canManage: canManage(access, s.unitId) });
  }
  const hospitals = access.managesAll
    ? await repo.hospitalsIn(ctx.tx, ctx.tenantId, 'all')
    : access.manageUnits.size > 0
      ? await repo.hospitalsIn(ctx.tx, ctx.tenantId, [...access.manageUnits])
      : [];
  return { items, canCreate: { region: access.managesAll, hospitals } };
}

function statusView(r: StatusRow | undefined): StatusUpdateView | null {
  if (!r) return null;
  return {
    id: r.id,
    asOf: r.as_of,
    periodLabel: r.period_label,
    state: r.state as StatusUpdateView['state'],
    text: r.text,
  };
}

export async function dashboard(ctx: Ctx, id: string, asOfQ: string | undefined): Promise<StrategyDashboard> {
  const { s, access } = await readable(ctx, id);
  const asOf = asOfQ ?? todayInDenmark();
  const [themes, initiatives, indicators, departments] = await Promise.all([
    repo.themesOf(ctx.tx, ctx.tenantId, s.id),
    repo.initiativesOf(ctx.tx, ctx.tenantId, s.id),
    repo.indicatorsOf(ctx.tx, ctx.tenantId, s.id),
    repo.departmentsOf(ctx.tx, ctx.tenantId, s.unitId, asOf),
  ]);
  const data = { initiatives, indicators, departments };
  const period = indicatorPeriod(s, asOf);
  const { keys, needed } = computedNeeds(s, data);
  const warn = (key: string, err: unknown) =>
    ctx.req.log?.warn({ err, key }, 'computed indicator not available; shown without a value');
  // Keys attainment depends on first (their errors fail the request)...
  const neededValues = await computeValues(
    ctx,
    period,
    new Map([...keys].filter(([k]) => needed.has(k))),
    needed,
    warn,
    { cached: true },
  );
  const [rows, values, snapshots] = await Promise.all([
    repo.attainment(ctx.tx, ctx.tenantId, s.id, asOf, computedMets(s, data, neededValues), true),
    repo.latestValues(ctx.tx, ctx.tenantId, s.id, asOf),
    repo.snapshotsOf(ctx.tx, ctx.tenantId, s.id),
  ]);
  // ...display-only keys last, so that a failure there cannot spoil the statements above.
  const shownValues = await computeValues(
    ctx,
    period,
    new Map([...keys].filter(([k]) => !needed.has(k))),
    needed,
    warn,
    { cached: true },
  );
  for (const [k, v] of neededValues.byKey) shownValues.byKey.set(k, v);

  const byKey = new Map(rows.map((r) => [`${r.level}|${r.key ?? ''}|${r.dept ?? ''}`, r]));
  const find = (level: AttainmentRow['level'], key: string | null, dept: string | null = null) =>
    byKey.get(`${level}|${key ?? ''}|${dept ?? ''}`);
  const count = (r: AttainmentRow | undefined) => colourOf(r?.achieved ?? 0, r?.total ?? 0, s);
  const statuses = (rows.find((r) => r.level === 'statuses')?.statuses ?? []) as StatusRow[];
  const achievedIn = new Map(
    rows
      .filter((r) => r.level === 'initiative-department')
      .map((r) => [r.key!, new Set((r.statuses ?? []) as string[])]),
  );
  const statusBy = new Map(statuses.map((r) => [`${r.initiative_id}|${r.department_id ?? ''}`, r]));
  const valueBy = new Map(values.map((r) => [`${r.indicator_id}|${r.department_id ?? ''}`, r]));
  const indicatorsBy = new Map<string, IndicatorView[]>();
  for (const ind of indicators) {
    const target = ind.target === null ? null : Number(ind.target);
    let view: IndicatorView;
    if (ind.kind === 'COMPUTED') {
      const r = computedValue(shownValues, ind.computedKey, s.unitId);
      view = {
        id: ind.id,
        title: ind.title,
        kind: 'COMPUTED',
        computedKey: ind.computedKey as ComputedIndicatorKey,
        valueType: ind.valueType as IndicatorView['valueType'],
        target,
        direction: ind.direction as IndicatorView['direction'],
        sortOrder: ind.sortOrder,
        version: ind.version,
        value: r?.value ?? null,
        measuredOn: null,
        numerator: r?.numerator ?? null,
        denominator: r?.denominator ?? null,
        met: indicatorMet(r?.value ?? null, target, ind.direction as 'AT_LEAST'),
        scope: { unitId: s.unitId, ...period },
        unavailable: !r,
      };
    } else {
      const v = valueBy.get(`${ind.id}|`);
      view = {
        id: ind.id,
        title: ind.title,
        kind: 'MANUAL',
        computedKey: null,
        valueType: ind.valueType as IndicatorView['valueType'],
        target,
        direction: ind.direction as IndicatorView['direction'],
        sortOrder: ind.sortOrder,
        version: ind.version,
        value: v?.value ?? null,
        measuredOn: v?.measured_on ?? null,
        numerator: null,
        denominator: null,
        met: indicatorMet(v?.value ?? null, target, ind.direction as 'AT_LEAST'),
        scope: null,
        unavailable: false,
      };
    }
    const list = indicatorsBy.get(ind.initiativeId) ?? [];
    list.push(view);
    indicatorsBy.set(ind.initiativeId, list);
  }

  const initiativeViews: InitiativeView[] = initiatives.map((i) => ({
    id: i.id,
    themeId: i.themeId,
    title: i.title,
    description: i.description,
    ownerText: i.ownerText,
    deadline: i.deadline ? isoDate(i.deadline) : null,
    appliesPer: i.appliesPer as InitiativeView['appliesPer'],
    stateSource: i.stateSource as InitiativeView['stateSource'],
    sortOrder: i.sortOrder,
    version: i.version,
    achieved: (find('initiative', i.id)?.achieved ?? 0) === 1,
    latestStatus: statusView(statusBy.get(`${i.id}|`)),
    departments:
      i.appliesPer === 'DEPARTMENT'
        ? departments.map((d) => ({
            departmentId: d.id,
            achieved: achievedIn.get(i.id)?.has(d.id) ?? false,
          }))
        : [],
    indicators: indicatorsBy.get(i.id) ?? [],
  }));
  const hasDepartmentInitiatives = initiatives.some((i) => i.appliesPer === 'DEPARTMENT');

  return {
    strategy: header(s),
    asOf,
    canManage: canManage(access, s.unitId),
    overall: count(find('overall', null)),
    themes: themes.map((t) => ({ ...t, attainment: count(find('theme', t.id)) })),
    departments: hasDepartmentInitiatives
      ? departments.map((d) => ({ id: d.id, name: d.name, attainment: count(find('department', d.id)) }))
      : [],
    initiatives: initiativeViews,
    trend: snapshots.map((p) => ({
      takenAt: p.takenAt.toISOString(),
      trigger: p.trigger as 'SCHEDULE' | 'MANUAL',
      ...(({ achieved, total, percent }) => ({ achieved, total, percent }))(colourOf(p.achieved, p.total, s)),
    })),
  };
}

/** The latest status of a DEPARTMENT initiative in each department of the strategy's scope. */
export async function initiativeDepartmentStatuses(
  ctx: Ctx,
  strategyId: string,
  initiativeId: string,
  asOfQ: string | undefined,
): Promise<InitiativeDepartmentStatuses> {
  const { s } = await readable(ctx, strategyId);
  const initiative = await repo.findInitiative(ctx.tx, ctx.tenantId, s.id, initiativeId);
  if (!initiative) throw notFound('The initiative');
  const asOf = asOfQ ?? todayInDenmark();
  if (initiative.appliesPer !== 'DEPARTMENT') return { items: [] };
  const departments = await repo.departmentsOf(ctx.tx, ctx.tenantId, s.unitId, asOf);
  const rows = await repo.departmentStatuses(
    ctx.tx,
    ctx.tenantId,
    initiative.id,
    departments.map((d) => d.id),
    asOf,
  );
  const byDept = new Map(rows.map((r) => [r.department_id, r]));
  return {
    items: departments.map((d) => ({
      departmentId: d.id,
      departmentName: d.name,
      latestStatus: statusView(byDept.get(d.id)),
    })),
  };
}

// --- snapshots ----------------------------------------------------------------------------------

/** Computes the strategy's attainment now and stores it; null when a SCHEDULE one exists today. */
export async function takeSnapshot(
  ctx: DataCtx,
  s: StrategyRow,
  trigger: 'SCHEDULE' | 'MANUAL',
  now: Date,
): Promise<StrategySnapshotResult | null> {
  const asOf = todayInDenmark(now);
  const { rows } = await strategyAttainment(ctx, s, asOf);
  const o = overallOf(rows);
  const data: StrategySnapshotData = {
    asOf,
    themes: rows.filter((r) => r.level === 'theme').map((r) => ({ id: r.key!, achieved: r.achieved, total: r.total })),
    departments: rows
      .filter((r) => r.level === 'department')
      .map((r) => ({ id: r.key!, achieved: r.achieved, total: r.total })),
  };
  const row = await repo.insertSnapshot(ctx.tx, ctx.tenantId, {
    strategyId: s.id,
    trigger,
    achieved: o.achieved,
    total: o.total,
    data,
    takenAt: now,
  });
  if (!row) return null;
  return {
    id: row.id,
    takenAt: row.taken_at.toISOString(),
    trigger,
    achieved: o.achieved,
    total: o.total,
    percent: colourOf(o.achieved, o.total, s).percent,
  };
}

export async function snapshotNow(ctx: Ctx, id: string): Promise<StrategySnapshotResult> {
  const s = await manageable(ctx, id);
  const snap = (await takeSnapshot(ctx, s, 'MANUAL', new Date()))!;
  await ctx.audit({
    action: 'strategy.snapshot',
    entityType: 'strategy',
    entityId: s.id,
    data: { achieved: snap.achieved, total: snap.total },
  });
  return snap;
}

// --- structure ----------------------------------------------------------------------------------

function conflict(what: string, current: { version: number; updatedAt: Date }) {
  return new AppError('CONFLICT', {
    detail: `The ${what} was changed by someone else (now version ${current.version}, changed ${current.updatedAt.toISOString()}). Reload to see the changes.`,
  });
}

export async function createStrategy(ctx: Ctx, body: CreateStrategy): Promise<StrategyWriteResult> {
  const access = await strategyAccess(ctx);
  if (body.unitId !== null) {
    const unit = await repo.findUnitKind(ctx.tx, ctx.tenantId, body.unitId);
    if (!unit || !canManage(access, unit.id)) throw notFound('The hospital');
    if (unit.kind !== 'HOSPITAL') throw invalid('body.unitId', 'A strategy belongs to a hospital or the region');
  } else if (!access.managesAll) {
    // The region's strategy is the regional administrator's.
    throw new AppError('FORBIDDEN');
  }
  const r = await repo.createStrategy(ctx.tx, ctx.tenantId, body);
  await ctx.audit({
    action: 'strategy.create',
    entityType: 'strategy',
    entityId: r.id,
    data: { unitId: body.unitId, periodStart: body.periodStart, periodEnd: body.periodEnd },
  });
  return r;
}

export async function updateStrategy(ctx: Ctx, id: string, body: UpdateStrategy): Promise<StrategyWriteResult> {
  const s = await manageable(ctx, id);
  if (s.version !== body.version) throw conflict('strategy', s);
  const { version, ...d } = body;
  if (!(await repo.updateStrategy(ctx.tx, ctx.tenantId, id, version, d))) {
    throw conflict('strategy', (await repo.findStrategy(ctx.tx, ctx.tenantId, id))!);
  }
  await ctx.audit({
    action: 'strategy.update',
    entityType: 'strategy',
    entityId: id,
    data: { version: version + 1, greenThreshold: d.greenThreshold, amberThreshold: d.amberThreshold },
  });
  return { id, version: version + 1 };
}

export async function createTheme(
  ctx: Ctx,
  strategyId: string,
  body: StrategyThemeInput,
): Promise<StrategyWriteResult> {
  await manageable(ctx, strategyId);
  const r = await repo.createTheme(ctx.tx, ctx.tenantId, strategyId, body);
  await ctx.audit({
    action: 'strategy.theme.create',
    entityType: 'strategy_theme',
    entityId: r.id,
    data: { strategyId },
  });
  return { id: r.id, version: 1 };
}

export async function updateTheme(
  ctx: Ctx,
  strategyId: string,
  themeId: string,
  body: UpdateStrategyTheme,
): Promise<StrategyWriteResult> {
  await manageable(ctx, strategyId);
  const before = await repo.findTheme(ctx.tx, ctx.tenantId, strategyId, themeId);
  if (!before) throw notFound('The theme');
  if (before.version !== body.version) throw conflict('theme', before);
  const { version, ...d } = body;
  if (!(await repo.updateTheme(ctx.tx, ctx.tenantId, strategyId, themeId, version, d))) {
    throw conflict('theme', (await repo.findTheme(ctx.tx, ctx.tenantId, strategyId, themeId))!);
  }
  await ctx.audit({
    action: 'strategy.theme.update',
    entityType: 'strategy_theme',
    entityId: themeId,
    data: { strategyId, version: version + 1 },
  });
  return { id: themeId, version: version + 1 };
}

async function checkTheme(ctx: Ctx, strategyId: string, themeId: string) {
  if (!(await repo.findTheme(ctx.tx, ctx.tenantId, strategyId, themeId)))
    throw invalid('body.themeId', 'The theme is not one of this strategy');
}

export async function createInitiative(
  ctx: Ctx,
  strategyId: string,
  body: CreateInitiative,
): Promise<StrategyWriteResult> {
  await manageable(ctx, strategyId);
  await checkTheme(ctx, strategyId, body.themeId);
  const r = await repo.createInitiative(ctx.tx, ctx.tenantId, strategyId, body);
  await ctx.audit({
    action: 'strategy.initiative.create',
    entityType: 'strategy_initiative',
    entityId: r.id,
    data: { strategyId, themeId: body.themeId, appliesPer: body.appliesPer, stateSource: body.stateSource },
  });
  return r;
}

export async function updateInitiative(
  ctx: Ctx,
  strategyId: string,
  initiativeId: string,
  body: UpdateInitiative,
): Promise<StrategyWriteResult> {
  await manageable(ctx, strategyId);
  const before = await repo.findInitiative(ctx.tx, ctx.tenantId, strategyId, initiativeId);
  if (!before) throw notFound('The initiative');
  if (before.version !== body.version) throw conflict('initiative', before);
  await checkTheme(ctx, strategyId, body.themeId);
  const { version, ...d } = body;
  if (!(await repo.updateInitiative(ctx.tx, ctx.tenantId, strategyId, initiativeId, version, d))) {
    throw conflict('initiative', (await repo.findInitiative(ctx.tx, ctx.tenantId, strategyId, initiativeId))!);
  }
  const changed = (['themeId', 'title', 'ownerText', 'appliesPer', 'stateSource', 'sortOrder'] as const).filter(
    (k) => before[k] !== d[k],
  );
  await ctx.audit({
    action: 'strategy.initiative.update',
    entityType: 'strategy_initiative',
    entityId: initiativeId,
    data: { strategyId, changed, version: version + 1 },
  });
  return { id: initiativeId, version: version + 1 };
}

export async function createIndicator(
  ctx: Ctx,
  strategyId: string,
  initiativeId: string,
  body: CreateIndicator,
): Promise<StrategyWriteResult> {
  await manageable(ctx, strategyId);
  if (!(await repo.findInitiative(ctx.tx, ctx.tenantId, strategyId, initiativeId))) throw notFound('The initiative');
  const r = await repo.createIndicator(ctx.tx, ctx.tenantId, initiativeId, body);
  await ctx.audit({
    action: 'strategy.indicator.create',
    entityType: 'strategy_indicator',
    entityId: r.id,
    data: { strategyId, initiativeId, kind: body.kind, computedKey: body.computedKey, target: body.target },
  });
  return r;
}

export async function updateIndicator(
  ctx: Ctx,
  strategyId: string,
  indicatorId: string,
  body: UpdateIndicator,
): Promise<StrategyWriteResult> {
  await manageable(ctx, strategyId);
  const before = await repo.findIndicator(ctx.tx, ctx.tenantId, strategyId, indicatorId);
  if (!before) throw notFound('The indicator');
  if (before.version !== body.version) throw conflict('indicator', before);
  const { version, ...d } = body;
  if (!(await repo.updateIndicator(ctx.tx, ctx.tenantId, indicatorId, version, d))) {
    throw conflict('indicator', (await repo.findIndicator(ctx.tx, ctx.tenantId, strategyId, indicatorId))!);
  }
  await ctx.audit({
    action: 'strategy.indicator.update',
    entityType: 'strategy_indicator',
    entityId: indicatorId,
    data: { strategyId, kind: d.kind, computedKey: d.computedKey, target: d.target, version: version + 1 },
  });
  return { id: indicatorId, version: version + 1 };
}

/** A department of the strategy's scope, or a 400 naming the field. */
async function checkDepartment(ctx: Ctx, s: StrategyRow, departmentId: string, asOf: string) {
  const depts = await repo.departmentsOf(ctx.tx, ctx.tenantId, s.unitId, asOf);
  if (!depts.some((d) => d.id === departmentId))
    throw invalid('body.departmentId', "The department is not one of the strategy's departments");
}

export async function addStatusUpdate(
  ctx: Ctx,
  strategyId: string,
  initiativeId: string,
  body: CreateStatusUpdate,
): Promise<StrategyWriteResult> {
  const s = await manageable(ctx, strategyId);
  const ini = await repo.findInitiative(ctx.tx, ctx.tenantId, strategyId, initiativeId);
  if (!ini) throw notFound('The initiative');
  if (ini.appliesPer === 'DEPARTMENT') {
    if (body.departmentId === null)
      throw invalid('body.departmentId', 'This initiative applies per department: choose the department');
    await checkDepartment(ctx, s, body.departmentId, body.asOf);
  } else if (body.departmentId !== null) {
    throw invalid('body.departmentId', 'This initiative applies to the whole strategy, not per department');
  }
  const r = await repo.createStatusUpdate(ctx.tx, ctx.tenantId, {
    initiativeId,
    ...body,
    authorId: ctx.principal.userId,
  });
  await ctx.audit({
    action: 'strategy.status.create',
    entityType: 'initiative_status_update',
    entityId: r.id,
    data: { strategyId, initiativeId, departmentId: body.departmentId, asOf: body.asOf, state: body.state },
  });
  return { id: r.id, version: 1 };
}

export async function addIndicatorValue(
  ctx: Ctx,
  strategyId: string,
  indicatorId: string,
  body: CreateIndicatorValue,
): Promise<StrategyWriteResult> {
  const s = await manageable(ctx, strategyId);
  const ind = await repo.findIndicator(ctx.tx, ctx.tenantId, strategyId, indicatorId);
  if (!ind) throw notFound('The indicator');
  if (ind.kind !== 'MANUAL') throw invalid('body.value', 'A computed indicator is computed, not typed in');
  if (ind.valueType === 'BOOLEAN' && body.value !== 0 && body.value !== 1)
    throw invalid('body.value', 'A yes/no indicator takes 1 (yes) or 0 (no)');
  if (body.departmentId !== null) await checkDepartment(ctx, s, body.departmentId, body.measuredOn);
  const r = await repo.createIndicatorValue(ctx.tx, ctx.tenantId, {
    indicatorId,
    ...body,
    authorId: ctx.principal.userId,
  });
  await ctx.audit({
    action: 'strategy.indicator-value.create',
    entityType: 'indicator_value',
    entityId: r.id,
    data: { strategyId, indicatorId, departmentId: body.departmentId, measuredOn: body.measuredOn, value: body.value },
  });
  return { id: r.id, version: 1 };
}
