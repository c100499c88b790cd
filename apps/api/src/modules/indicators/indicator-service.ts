import type { ComputedIndicatorKey, IndicatorResult } from '@portal/contracts';
import type { AuthedCtx } from '../../lib/route.js';

/**
 * The computed strategy indicators (issue 5): one SQL aggregate per key in COMPUTED_INDICATORS
 * (packages/contracts/src/strategy-rules.ts), for a scope and a period. This is the interface the
 * strategy module and the snapshots call; the indicators module implements it.
 */
export interface IndicatorScope {
  /** A hospital or department; null = the whole tenant (region). */
  unitId: string | null;
  /** ISO dates, inclusive. */
  from: string;
  to: string;
}

export async function computeIndicator(
  _ctx: Pick<AuthedCtx, 'tx' | 'tenantId'>,
  key: ComputedIndicatorKey,
  _scope: IndicatorScope,
): Promise<IndicatorResult> {
  throw new Error(`computed indicator ${key} is not implemented yet`);
}
