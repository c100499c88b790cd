import type { Db } from '../../lib/db.js';
import type { Logger } from '../../lib/logger.js';
import { tenantIds } from '../expectation-meetings/reminders.js';
import * as repo from './strategies.repository.js';
import { takeSnapshot } from './strategies.service.js';

export const SNAPSHOT_QUEUE = 'strategy-snapshot';

/**
 * The scheduled snapshot (pg-boss queue `strategy-snapshot`, every SNAPSHOT_INTERVAL_HOURS): for
 * every tenant, with `app.tenant_id` set in the transaction (row-level security applies as to a
 * request), one SCHEDULE snapshot per strategy, each in its own transaction so that one failing
 * strategy (e.g. a computed indicator that cannot be computed) does not stop the others.
 * Idempotent per Danish calendar day: a unique index makes a second run the same day insert
 * nothing (`skipped`).
 */
export async function snapshotAllTenants(
  db: Db,
  now: Date = new Date(),
  logger?: Pick<Logger, 'warn'>,
): Promise<{ taken: number; skipped: number; failed: number }> {
  const r = { taken: 0, skipped: 0, failed: 0 };
  const inTenant = <T>(tenantId: string, fn: (tx: Parameters<Parameters<Db['$transaction']>[0]>[0]) => Promise<T>) =>
    db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT set_config('app.tenant_id', ${tenantId}, true)`;
      return fn(tx);
    });
  for (const tenantId of await tenantIds(db)) {
    const ids = await inTenant(tenantId, (tx) => repo.allStrategyIds(tx, tenantId));
    for (const { id } of ids) {
      try {
        const snap = await inTenant(tenantId, async (tx) => {
          const s = await repo.findStrategy(tx, tenantId, id);
          return s ? takeSnapshot({ tx, tenantId }, s, 'SCHEDULE', now) : null;
        });
        if (snap) r.taken++;
        else r.skipped++;
      } catch (err) {
        r.failed++;
        logger?.warn({ err, tenantId, strategyId: id }, 'strategy snapshot failed');
      }
    }
  }
  return r;
}
