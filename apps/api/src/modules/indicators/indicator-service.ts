import type { ComputedIndicatorKey, IndicatorResult } from '@portal/contracts';
import type { AuthedCtx } from '../../lib/route.js';

/**
 * The computed strategy indicators (issue 5): one SQL aggregate per key in COMPUTED_INDICATORS
 * (packages/contracts/src/strategy-rules.ts), for many scopes at once (GROUP BY scope, so that a
 * dashboard with 300 departments makes one query per key, not 300) and one period. This is the
 * interface the strategy module, the department dashboard and the snapshots call; the indicators
 * module implements it. The caller decides which units the viewer may see; the figures are counts
 * (no personal data).
 */
export interface IndicatorScopes {
  /**
   * Hospitals or departments (a hospital counts everything in its departments); null = the whole
   * tenant (region). One result per entry, in the same order.
   */
  unitIds: readonly (string | null)[];
  /** ISO dates, inclusive. */
  from: string;
  to: string;
}

export async function computeIndicator(
  _ctx: Pick<AuthedCtx, 'tx' | 'tenantId'>,
  key: ComputedIndicatorKey,
  _scopes: IndicatorScopes,
): Promise<IndicatorResult[]> {
  throw new Error(`computed indicator ${key} is not implemented yet`);
}
