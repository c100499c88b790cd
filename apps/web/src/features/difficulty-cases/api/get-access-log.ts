import { caseAccessLogSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { caseKeys, caseUrl } from './keys';

/** GET /api/difficulty-cases/:caseId/access-log (readers only; every read is audited) */
export function getAccessLog(caseId: string, signal?: AbortSignal) {
  return api.get(caseUrl(caseId, '/access-log'), caseAccessLogSchema, signal);
}

export const accessLogQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: caseKeys.accessLog(caseId),
    queryFn: ({ signal }) => getAccessLog(caseId, signal),
    retry: false,
  });

export function useAccessLog(caseId: string, enabled = true) {
  return useQuery({ ...accessLogQueryOptions(caseId), enabled });
}
