import { strategyWriteResultSchema, type StrategyThemeInput } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { enc, useStrategyMutation } from './mutate';

/** POST /api/strategies/:id/themes */
export function createTheme({ strategyId, body }: { strategyId: string; body: StrategyThemeInput }) {
  return api.post(`/api/strategies/${enc(strategyId)}/themes`, body, strategyWriteResultSchema);
}
export const useCreateTheme = () => useStrategyMutation(createTheme);
