import { caseNotesSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { caseKeys, caseUrl } from './keys';

/** GET /api/difficulty-cases/:caseId/notes (readers only; every read is audited) */
export function getCaseNotes(caseId: string, signal?: AbortSignal) {
  return api.get(caseUrl(caseId, '/notes'), caseNotesSchema, signal);
}

export const notesQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: caseKeys.notes(caseId),
    queryFn: ({ signal }) => getCaseNotes(caseId, signal),
    retry: false,
  });

export function useCaseNotes(caseId: string, enabled = true) {
  return useQuery({ ...notesQueryOptions(caseId), enabled });
}
