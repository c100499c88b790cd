import { caseReadersSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { caseKeys, caseUrl } from './keys';

/** GET /api/difficulty-cases/:caseId/readers (readers only; every read is audited) */
export function getCaseReaders(caseId: string, signal?: AbortSignal) {
  return api.get(caseUrl(caseId, '/readers'), caseReadersSchema, signal);
}

export const readersQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: caseKeys.readers(caseId),
    queryFn: ({ signal }) => getCaseReaders(caseId, signal),
    retry: false,
  });

export function useCaseReaders(caseId: string, enabled = true) {
  return useQuery({ ...readersQueryOptions(caseId), enabled });
}
