import {
  COMPUTED_INDICATOR_KEYS,
  COMPUTED_INDICATORS,
  HOSPITAL_LEVEL_INDICATORS,
  GENERAL_PRACTICE_INDICATORS,
  indicatorDirectionSchema,
  indicatorMet,
  INDICATOR_MAX_SPAN_DAYS,
  todayInDenmark,
  type ComputedIndicatorKey,
  type IndicatorFigure,
  type IndicatorRecordsQuery,
  type IndicatorRecordsResponse,
  type IndicatorsQuery,
  type IndicatorsResponse,
  type IndicatorTarget,
} from '@portal/contracts';
import { AppError, notFound } from '../../lib/app-error.js';
import type { AuthedCtx } from '../../lib/route.js';
import { unitsInScope } from '../auth/scope.js';
import { indicatorRecords } from './indicator-records.js';
import { computeIndicator } from './indicator-service.js';
import * as repo from './indicators.repository.js';

type Scope = 'tenant' | Set<string>;

/**
 * Where the viewer may read indicators: the union of their strategy:read and
 * department-dashboard:read scopes (every holder of strategy:read also holds
 * department-dashboard:read, which the routes require).
 */
async function readScope(ctx: AuthedCtx): Promise<Scope> {
  const out = new Set<string>();
  for (const perm of ['strategy:read', 'department-dashboard:read'] as const) {
    if (!ctx.principal.permissions.has(perm)) continue;
    const s = await unitsInScope(ctx, perm);
    if (s === 'tenant') return 'tenant';
    for (const u of s) out.add(u);
  }
  return out;
}

/** `to` − 12 months (same day; the last day of a shorter month). */
function twelveMonthsBefore(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return `${y - 1}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

interface Resolved {
  unit: repo.UnitRow | null;
  /** The unit's hospital (itself when a hospital); null for the region or a unit outside one. */
  hospital: repo.UnitRow | null;
  /** The unit and its ancestors (for the strategies covering it). */
  chain: string[];
  from: string;
  to: string;
  today: string;
}

async function resolve(
  ctx: AuthedCtx,
  q: { unitId?: string | undefined; from?: string | undefined; to?: string | undefined },
): Promise<Resolved> {
  const today = todayInDenmark();
  const to = q.to ?? today;
  const from = q.from ?? twelveMonthsBefore(to);
  // The query schema checks a period given in full; this checks one completed with a default.
  if (from > to)
    throw new AppError('VALIDATION_FAILED', {
      errors: [{ path: 'query.from', message: 'The period ends before it starts', code: 'custom' }],
    });
  if (Date.parse(to) - Date.parse(from) > INDICATOR_MAX_SPAN_DAYS * 86_400_000)
    throw new AppError('VALIDATION_FAILED', {
      errors: [{ path: 'query.from', message: 'The period is at most five years', code: 'custom' }],
    });
  const scope = await readScope(ctx);
  if (!q.unitId) {
    // The whole region is for those who read it tenant-wide.
    if (scope !== 'tenant')
      throw new AppError('FORBIDDEN', { detail: 'Choose a hospital or department in your scope' });
    return { unit: null, hospital: null, chain: [], from, to, today };
  }
  if (scope !== 'tenant' && !scope.has(q.unitId)) throw notFound('The unit');
  const chain = await repo.unitWithAncestors(ctx.tx, ctx.tenantId, q.unitId);
  const unit = chain[0];
  if (!unit) throw notFound('The unit');
  const hospital = chain.find((u) => u.kind === 'HOSPITAL') ?? null;
  return { unit, hospital, chain: chain.map((u) => u.id), from, to, today };
}

const unitOut = (u: repo.UnitRow | null) => (u ? { id: u.id, name: u.name, kind: u.kind } : null);

/** For a department, hospital-level keys are measured for its hospital. */
function measuredFor(r: Resolved, key: ComputedIndicatorKey): repo.UnitRow | null {
  if (r.unit && r.unit.kind === 'DEPARTMENT' && HOSPITAL_LEVEL_INDICATORS.includes(key) && r.hospital)
    return r.hospital;
  return r.unit;
}

async function figures(ctx: AuthedCtx, r: Resolved, keys: readonly ComputedIndicatorKey[]): Promise<IndicatorFigure[]> {
  const targets = await repo.computedTargets(ctx.tx, ctx.tenantId, r.chain);
  const out: IndicatorFigure[] = [];
  for (const key of keys) {
    const m = measuredFor(r, key);
    const [res] = await computeIndicator(
      ctx,
      key,
      { unitIds: [m?.id ?? null], from: r.from, to: r.to },
      { today: r.today },
    );
    const value = res!.value;
    const ts: IndicatorTarget[] = targets
      .filter((t) => t.computed_key === key)
      .map((t) => {
        const direction = indicatorDirectionSchema.parse(t.direction);
        return {
          strategyId: t.strategy_id,
          strategyTitle: t.strategy_title,
          initiativeId: t.initiative_id,
          initiativeTitle: t.initiative_title,
          indicatorTitle: t.indicator_title,
          target: t.target,
          direction,
          met: indicatorMet(value, t.target, direction),
        };
      });
    out.push({
      key,
      valueType: res!.valueType,
      direction: COMPUTED_INDICATORS[key].direction,
      value,
      numerator: res!.numerator,
      denominator: res!.denominator,
      measuredFor: unitOut(m),
      targets: ts,
    });
  }
  return out;
}

/** The computed indicators for one scope and period, with the strategies' targets. */
export async function getIndicators(ctx: AuthedCtx, q: IndicatorsQuery): Promise<IndicatorsResponse> {
  const r = await resolve(ctx, q);
  // General-practice indicators have no facts in a hospital or department: keep them off its panel.
  const keys = r.unit
    ? COMPUTED_INDICATOR_KEYS.filter((k) => !GENERAL_PRACTICE_INDICATORS.includes(k))
    : COMPUTED_INDICATOR_KEYS;
  return { unit: unitOut(r.unit), from: r.from, to: r.to, indicators: await figures(ctx, r, keys) };
}

/** The records behind one figure, within the viewer's permissions (see indicator-records.ts). */
export async function getIndicatorRecords(
  ctx: AuthedCtx,
  key: ComputedIndicatorKey,
  q: IndicatorRecordsQuery,
): Promise<IndicatorRecordsResponse> {
  const r = await resolve(ctx, q);
  const [figure] = await figures(ctx, r, [key]);
  const m = measuredFor(r, key);
  const offset = q.cursor ? Number(q.cursor) : 0;
  const page = await indicatorRecords(ctx, key, {
    unitId: m?.id ?? null,
    from: r.from,
    to: r.to,
    today: r.today,
    offset,
    limit: q.limit,
  });
  return {
    key,
    unit: unitOut(r.unit),
    from: r.from,
    to: r.to,
    figure: figure!,
    total: page.total,
    hiddenCount: page.hidden,
    items: page.items,
    nextCursor: page.more ? String(offset + q.limit) : null,
  };
}
