import { strategyWriteResultSchema, type CreateIndicator } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { enc, useStrategyMutation } from './mutate';

/** POST /api/strategies/:id/initiatives/:initiativeId/indicators */
export function createIndicator({
  strategyId,
  initiativeId,
  body,
}: {
  strategyId: string;
  initiativeId: string;
  body: CreateIndicator;
}) {
  return api.post(
    `/api/strategies/${enc(strategyId)}/initiatives/${enc(initiativeId)}/indicators`,
    body,
    strategyWriteResultSchema,
  );
}
export const useCreateIndicator = () => useStrategyMutation(createIndicator);
