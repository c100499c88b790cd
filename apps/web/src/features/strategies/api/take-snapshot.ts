import { strategySnapshotResultSchema } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { enc, useStrategyMutation } from './mutate';

/** POST /api/strategies/:id/snapshots: record the attainment now (a point on the trend line). */
export function takeSnapshot({ strategyId }: { strategyId: string }) {
  return api.post(`/api/strategies/${enc(strategyId)}/snapshots`, {}, strategySnapshotResultSchema);
}
export const useTakeSnapshot = () => useStrategyMutation(takeSnapshot);
