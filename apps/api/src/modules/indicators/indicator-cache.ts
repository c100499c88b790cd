import type { ComputedIndicatorKey, IndicatorResult } from '@portal/contracts';
import type { AuthedCtx } from '../../lib/route.js';
import { computeIndicator, type IndicatorScopes } from './indicator-service.js';

/**
 * A short-lived, per-process cache of computed indicator values for the strategy dashboard and
 * list (ADR 0011). At region scale one computed indicator over a strategy's period and 300
 * departments takes 30–150 ms of database time, ten of them half a second, on every view; the
 * figures are aggregates that move slowly (meetings held, feedback given), so a value up to
 * `INDICATOR_CACHE_SECONDS` old (default 300) is shown instead. Statuses and manual values, which
 * people edit and expect to see at once, are never cached; nor are the department panel, the
 * drill-down (a figure next to its records must agree) or the snapshots (they must be exact).
 *
 * Keyed by tenant, key, units, period and today's date, so no tenant can see another's values and
 * a new day computes afresh. Concurrent misses of one key share one computation. At most
 * MAX_ENTRIES entries, the least recently used dropped first.
 */
const MAX_ENTRIES = 2000;
let ttlMs = 0;
const entries = new Map<string, { at: number; results: Promise<IndicatorResult[]> }>();

/** Sets the lifetime (0 = off: always compute). Called once from buildApp with the config. */
export function configureIndicatorCache(seconds: number): void {
  ttlMs = seconds * 1000;
  entries.clear();
}

const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());

export async function computeIndicatorCached(
  ctx: Pick<AuthedCtx, 'tx' | 'tenantId'>,
  key: ComputedIndicatorKey,
  scopes: IndicatorScopes,
): Promise<IndicatorResult[]> {
  if (ttlMs <= 0) return computeIndicator(ctx, key, scopes);
  const id = [ctx.tenantId, key, scopes.from, scopes.to, today(), scopes.unitIds.map((u) => u ?? '').join(',')].join(
    '|',
  );
  const now = Date.now();
  const hit = entries.get(id);
  if (hit && now - hit.at < ttlMs) {
    entries.delete(id); // refresh its place: least recently used goes first
    entries.set(id, hit);
    try {
      return await hit.results;
    } catch {
      // the shared computation failed (e.g. its request's transaction ended): compute our own
      return computeIndicator(ctx, key, scopes);
    }
  }
  const results = computeIndicator(ctx, key, scopes);
  entries.set(id, { at: now, results });
  results.catch(() => {
    if (entries.get(id)?.results === results) entries.delete(id);
  });
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  return results;
}
