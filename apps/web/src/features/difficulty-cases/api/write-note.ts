import { caseNoteSchema, type WriteNote } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { caseKeys, caseUrl } from './keys';

/** POST /api/difficulty-cases/:caseId/notes (append-only) */
export function writeNote(v: { caseId: string; body: WriteNote }) {
  return api.post(caseUrl(v.caseId, '/notes'), v.body, caseNoteSchema);
}

export function useWriteNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: writeNote,
    onSuccess: (_d, v) => void queryClient.invalidateQueries({ queryKey: caseKeys.case(v.caseId) }),
  });
}
