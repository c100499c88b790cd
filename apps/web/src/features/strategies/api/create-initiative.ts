import { strategyWriteResultSchema, type CreateInitiative } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { enc, useStrategyMutation } from './mutate';

/** POST /api/strategies/:id/initiatives */
export function createInitiative({ strategyId, body }: { strategyId: string; body: CreateInitiative }) {
  return api.post(`/api/strategies/${enc(strategyId)}/initiatives`, body, strategyWriteResultSchema);
}
export const useCreateInitiative = () => useStrategyMutation(createInitiative);
