import { strategyWriteResultSchema, type CreateStatusUpdate } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { enc, useStrategyMutation } from './mutate';

/** POST /api/strategies/:id/initiatives/:initiativeId/status-updates */
export function addStatusUpdate({
  strategyId,
  initiativeId,
  body,
}: {
  strategyId: string;
  initiativeId: string;
  body: CreateStatusUpdate;
}) {
  return api.post(
    `/api/strategies/${enc(strategyId)}/initiatives/${enc(initiativeId)}/status-updates`,
    body,
    strategyWriteResultSchema,
  );
}
export const useAddStatusUpdate = () => useStrategyMutation(addStatusUpdate);
