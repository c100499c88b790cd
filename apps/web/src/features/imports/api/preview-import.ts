import { importPreviewSchema, type ImportFileRequest, type ImportKind, type ImportPreview } from '@portal/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Reads and checks a file against the region's data; the API writes nothing. */
export function previewImport(kind: ImportKind, file: ImportFileRequest): Promise<ImportPreview> {
  return api.post(`/api/imports/${kind}/preview`, file, importPreviewSchema);
}

/** A mutation (POST with the file), although it changes nothing: the file is the request body. */
export function usePreviewImport() {
  return useMutation({
    mutationFn: ({ kind, file }: { kind: ImportKind; file: ImportFileRequest }) => previewImport(kind, file),
  });
}
