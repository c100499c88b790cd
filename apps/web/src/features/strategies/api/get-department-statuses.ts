import { initiativeDepartmentStatusesSchema, type InitiativeDepartmentStatuses } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { strategyKeys } from './keys';
import { enc } from './mutate';

/** GET /api/strategies/:id/initiatives/:initiativeId/department-statuses?asOf */
export function getDepartmentStatuses(
  strategyId: string,
  initiativeId: string,
  asOf: string | null,
  signal?: AbortSignal,
): Promise<InitiativeDepartmentStatuses> {
  const q = asOf ? `?${new URLSearchParams({ asOf }).toString()}` : '';
  return api.get(
    `/api/strategies/${enc(strategyId)}/initiatives/${enc(initiativeId)}/department-statuses${q}`,
    initiativeDepartmentStatusesSchema,
    signal,
  );
}

export const departmentStatusesQueryOptions = (strategyId: string, initiativeId: string, asOf: string | null) =>
  queryOptions({
    queryKey: strategyKeys.departmentStatuses(strategyId, initiativeId, asOf),
    queryFn: ({ signal }) => getDepartmentStatuses(strategyId, initiativeId, asOf, signal),
  });

/** Loaded only when `enabled` (the list is opened). */
export function useDepartmentStatuses(strategyId: string, initiativeId: string, asOf: string | null, enabled: boolean) {
  return useQuery({ ...departmentStatusesQueryOptions(strategyId, initiativeId, asOf), enabled });
}
