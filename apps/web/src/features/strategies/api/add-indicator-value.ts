import { strategyWriteResultSchema, type CreateIndicatorValue } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { enc, useStrategyMutation } from './mutate';

/** POST /api/strategies/:id/indicators/:indicatorId/values */
export function addIndicatorValue({
  strategyId,
  indicatorId,
  body,
}: {
  strategyId: string;
  indicatorId: string;
  body: CreateIndicatorValue;
}) {
  return api.post(
    `/api/strategies/${enc(strategyId)}/indicators/${enc(indicatorId)}/values`,
    body,
    strategyWriteResultSchema,
  );
}
export const useAddIndicatorValue = () => useStrategyMutation(addIndicatorValue);
