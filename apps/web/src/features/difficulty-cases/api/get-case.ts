import { caseDetailSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { caseKeys, caseUrl } from './keys';

/** GET /api/difficulty-cases/:caseId (readers only; every read is audited) */
export function getCase(caseId: string, signal?: AbortSignal) {
  return api.get(caseUrl(caseId, ''), caseDetailSchema, signal);
}

export const caseQueryOptions = (caseId: string) =>
  queryOptions({ queryKey: caseKeys.case(caseId), queryFn: ({ signal }) => getCase(caseId, signal), retry: false });

export function useCase(caseId: string, enabled = true) {
  return useQuery({ ...caseQueryOptions(caseId), enabled });
}
