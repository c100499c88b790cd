import { strategyWriteResultSchema, type UpdateStrategyTheme } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { enc, useStrategyMutation } from './mutate';

/** PUT /api/strategies/:id/themes/:themeId */
export function updateTheme({
  strategyId,
  themeId,
  body,
}: {
  strategyId: string;
  themeId: string;
  body: UpdateStrategyTheme;
}) {
  return api.put(`/api/strategies/${enc(strategyId)}/themes/${enc(themeId)}`, body, strategyWriteResultSchema);
}
export const useUpdateTheme = () => useStrategyMutation(updateTheme);
