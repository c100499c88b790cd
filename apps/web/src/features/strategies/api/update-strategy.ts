import { strategyWriteResultSchema, type UpdateStrategy } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { enc, useStrategyMutation } from './mutate';

/** PUT /api/strategies/:id (a stale version answers 409 CONFLICT) */
export function updateStrategy({ strategyId, body }: { strategyId: string; body: UpdateStrategy }) {
  return api.put(`/api/strategies/${enc(strategyId)}`, body, strategyWriteResultSchema);
}
export const useUpdateStrategy = () => useStrategyMutation(updateStrategy);
