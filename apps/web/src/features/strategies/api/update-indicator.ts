import { strategyWriteResultSchema, type UpdateIndicator } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { enc, useStrategyMutation } from './mutate';

/** PUT /api/strategies/:id/indicators/:indicatorId (a stale version answers 409 CONFLICT) */
export function updateIndicator({
  strategyId,
  indicatorId,
  body,
}: {
  strategyId: string;
  indicatorId: string;
  body: UpdateIndicator;
}) {
  return api.put(`/api/strategies/${enc(strategyId)}/indicators/${enc(indicatorId)}`, body, strategyWriteResultSchema);
}
export const useUpdateIndicator = () => useStrategyMutation(updateIndicator);
