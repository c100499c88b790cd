import { casePlanSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { caseKeys, caseUrl } from './keys';

/** GET /api/difficulty-cases/:caseId/plan (readers only; every read is audited) */
export function getCasePlan(caseId: string, signal?: AbortSignal) {
  return api.get(caseUrl(caseId, '/plan'), casePlanSchema, signal);
}

export const planQueryOptions = (caseId: string) =>
  queryOptions({ queryKey: caseKeys.plan(caseId), queryFn: ({ signal }) => getCasePlan(caseId, signal), retry: false });

export function useCasePlan(caseId: string, enabled = true) {
  return useQuery({ ...planQueryOptions(caseId), enabled });
}
