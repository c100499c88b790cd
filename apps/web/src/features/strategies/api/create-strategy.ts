import { strategyWriteResultSchema, type CreateStrategy } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { useStrategyMutation } from './mutate';

/** POST /api/strategies */
export function createStrategy({ body }: { body: CreateStrategy }) {
  return api.post('/api/strategies', body, strategyWriteResultSchema);
}
export const useCreateStrategy = () => useStrategyMutation(createStrategy);
