import { gpImportPreviewSchema, type ImportFileRequest } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { cmeKeys } from './keys';

/** POST /api/imports/general-practitioners/preview: validates every row, writes nothing */
export function previewGpImport(v: ImportFileRequest) {
  return api.post('/api/imports/general-practitioners/preview', v, gpImportPreviewSchema);
}

/** Every CME query is refetched after a change (counts, coverage and lists depend on each other). */
export function usePreviewGpImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: previewGpImport,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: cmeKeys.all }),
  });
}
