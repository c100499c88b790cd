import { gpImportResultSchema, type ImportFileRequest } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { cmeKeys } from './keys';

/** POST /api/imports/general-practitioners/commit: all rows or none (400 with the row errors) */
export function commitGpImport(v: ImportFileRequest) {
  return api.post('/api/imports/general-practitioners/commit', v, gpImportResultSchema);
}

/** Every CME query is refetched after a change (counts, coverage and lists depend on each other). */
export function useCommitGpImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: commitGpImport,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: cmeKeys.all }),
  });
}
