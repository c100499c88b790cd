import {
  attainmentColour,
  attainmentPercent,
  indicatorMet,
  type Attainment,
  type ComputedIndicatorKey,
  type IndicatorResult,
} from '@portal/contracts';
import type { Tx } from '../../lib/db.js';
import { computeIndicatorCached } from '../indicators/indicator-cache.js';
import { computeIndicator } from '../indicators/indicator-service.js';
import * as repo from './strategies.repository.js';
import type { AttainmentRow, ComputedMet, IndicatorRow, InitiativeRow, StrategyRow } from './strategies.repository.js';

/** What attainment needs: the transaction and the tenant (the snapshot job has no principal). */
export interface DataCtx {
  tx: Tx;
  tenantId: string;
}

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);

export function colourOf(
  achieved: number,
  total: number,
  s: Pick<StrategyRow, 'greenThreshold' | 'amberThreshold'>,
): Attainment {
  return {
    achieved,
    total,
    percent: attainmentPercent(achieved, total),
    colour: attainmentColour(achieved, total, { green: s.greenThreshold, amber: s.amberThreshold }),
  };
}

/** The period computed indicators are measured over: the strategy's start up to asOf (within the period). */
export function indicatorPeriod(s: Pick<StrategyRow, 'periodStart' | 'periodEnd'>, asOf: string) {
  const start = isoDate(s.periodStart);
  const end = isoDate(s.periodEnd);
  const to = asOf > end ? end : asOf;
  return { from: to < start ? to : start, to };
}

export interface ComputedValues {
  /** key → unit ('' = region) → result; a key missing when it could not be computed (display only). */
  byKey: Map<string, Map<string, IndicatorResult>>;
  unavailable: Set<string>;
}

const unitKey = (u: string | null) => u ?? '';

/**
 * Computes the computed indicators a strategy uses, one grouped query per key (never per unit).
 * `needed` are the keys attainment depends on (INDICATORS initiatives): their errors propagate.
 * `display` are keys only shown: a failure there marks the indicator "not available" instead of
 * failing the dashboard. Nothing is called when the strategy has no computed indicators.
 * `cached`: values may come from the short-lived cache (dashboard, list; ADR 0011), never for
 * snapshots.
 */
export async function computeValues(
  ctx: DataCtx,
  period: { from: string; to: string },
  keys: Map<ComputedIndicatorKey, Set<string | null>>,
  needed: Set<string>,
  onError: (key: string, err: unknown) => void,
  { cached = false }: { cached?: boolean } = {},
): Promise<ComputedValues> {
  const compute = cached ? computeIndicatorCached : computeIndicator;
  const byKey = new Map<string, Map<string, IndicatorResult>>();
  const unavailable = new Set<string>();
  for (const [key, units] of keys) {
    const unitIds = [...units];
    let results: IndicatorResult[];
    if (needed.has(key)) {
      results = await compute(ctx, key, { unitIds, ...period });
    } else {
      try {
        results = await compute(ctx, key, { unitIds, ...period });
      } catch (err) {
        onError(key, err);
        unavailable.add(key);
        continue;
      }
    }
    const m = new Map<string, IndicatorResult>();
    results.forEach((r, i) => m.set(unitKey(unitIds[i] ?? r.unitId), r));
    byKey.set(key, m);
  }
  return { byKey, unavailable };
}

export function computedValue(v: ComputedValues, key: string | null, unitId: string | null): IndicatorResult | null {
  if (!key) return null;
  return v.byKey.get(key)?.get(unitKey(unitId)) ?? null;
}

export interface StrategyData {
  initiatives: InitiativeRow[];
  indicators: IndicatorRow[];
  departments: { id: string; name: string }[];
}

/** Which computed keys (and for which units) attainment needs, and which are only displayed. */
export function computedNeeds(s: Pick<StrategyRow, 'unitId'>, d: StrategyData) {
  const byInitiative = new Map(d.initiatives.map((i) => [i.id, i]));
  const keys = new Map<ComputedIndicatorKey, Set<string | null>>();
  const needed = new Set<string>();
  const add = (key: ComputedIndicatorKey, unit: string | null) => {
    const set = keys.get(key) ?? new Set<string | null>();
    set.add(unit);
    keys.set(key, set);
  };
  for (const ind of d.indicators) {
    if (ind.kind !== 'COMPUTED' || !ind.computedKey) continue;
    const key = ind.computedKey as ComputedIndicatorKey;
    add(key, s.unitId);
    const ini = byInitiative.get(ind.initiativeId);
    if (ini?.stateSource === 'INDICATORS') {
      needed.add(key);
      if (ini.appliesPer === 'DEPARTMENT') for (const dep of d.departments) add(key, dep.id);
    }
  }
  return { keys, needed };
}

/** The met/not met of each computed indicator that attainment counts, for the attainment query. */
export function computedMets(s: Pick<StrategyRow, 'unitId'>, d: StrategyData, v: ComputedValues): ComputedMet[] {
  const byInitiative = new Map(d.initiatives.map((i) => [i.id, i]));
  const out: ComputedMet[] = [];
  for (const ind of d.indicators) {
    const ini = byInitiative.get(ind.initiativeId);
    if (ind.kind !== 'COMPUTED' || ini?.stateSource !== 'INDICATORS') continue;
    const units = ini.appliesPer === 'DEPARTMENT' ? d.departments.map((x) => x.id) : [s.unitId];
    for (const unitId of units) {
      const r = computedValue(v, ind.computedKey, unitId);
      const met = indicatorMet(
        r?.value ?? null,
        ind.target === null ? null : Number(ind.target),
        ind.direction as 'AT_LEAST',
      );
      out.push({ indicatorId: ind.id, unitId, met: met === true });
    }
  }
  return out;
}

/** Loads what attainment needs and runs the one attainment statement (snapshots, list). */
export async function strategyAttainment(
  ctx: DataCtx,
  s: StrategyRow,
  asOf: string,
  opts: { cached?: boolean } = {},
): Promise<{ rows: AttainmentRow[]; data: StrategyData }> {
  const [initiatives, indicators, departments] = await Promise.all([
    repo.initiativesOf(ctx.tx, ctx.tenantId, s.id),
    repo.indicatorsOf(ctx.tx, ctx.tenantId, s.id),
    repo.departmentsOf(ctx.tx, ctx.tenantId, s.unitId, asOf),
  ]);
  const data = { initiatives, indicators, departments };
  const { keys, needed } = computedNeeds(s, data);
  // Only the keys attainment depends on; displayed-only indicators are not computed here.
  const neededKeys = new Map([...keys].filter(([k]) => needed.has(k)));
  const values = await computeValues(ctx, indicatorPeriod(s, asOf), neededKeys, needed, () => {}, opts);
  const rows = await repo.attainment(ctx.tx, ctx.tenantId, s.id, asOf, computedMets(s, data, values));
  return { rows, data };
}

export function overallOf(rows: AttainmentRow[]) {
  const o = rows.find((r) => r.level === 'overall');
  return { achieved: o?.achieved ?? 0, total: o?.total ?? 0 };
}
