import {
  importCommitResultSchema,
  type ImportCommitResult,
  type ImportFileRequest,
  type ImportKind,
} from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { meQueryKey } from '@/lib/auth/get-me';

/** Writes every row of the file, or nothing (400 with the row errors, 409 on a database refusal). */
export function commitImport(kind: ImportKind, file: ImportFileRequest): Promise<ImportCommitResult> {
  return api.post(`/api/imports/${kind}/commit`, file, importCommitResultSchema);
}

export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, file }: { kind: ImportKind; file: ImportFileRequest }) => commitImport(kind, file),
    // Units, people and roles may all have changed: refetch every list except the session.
    onSuccess: () =>
      queryClient.invalidateQueries({ predicate: (q) => JSON.stringify(q.queryKey) !== JSON.stringify(meQueryKey) }),
  });
}
