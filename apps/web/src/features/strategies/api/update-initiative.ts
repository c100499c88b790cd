import { strategyWriteResultSchema, type UpdateInitiative } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { enc, useStrategyMutation } from './mutate';

/** PUT /api/strategies/:id/initiatives/:initiativeId (a stale version answers 409 CONFLICT) */
export function updateInitiative({
  strategyId,
  initiativeId,
  body,
}: {
  strategyId: string;
  initiativeId: string;
  body: UpdateInitiative;
}) {
  return api.put(
    `/api/strategies/${enc(strategyId)}/initiatives/${enc(initiativeId)}`,
    body,
    strategyWriteResultSchema,
  );
}
export const useUpdateInitiative = () => useStrategyMutation(updateInitiative);
