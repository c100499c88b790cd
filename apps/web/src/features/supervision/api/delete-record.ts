import { api } from '@/lib/api-client';
import { useSupervisionMutation } from './mutate';

/** DELETE /api/feedback/:id or /api/supervision-records/:id (the author, within the edit window). */
export function deleteRecord({ kind, id, version }: { kind: 'FEEDBACK' | 'SUPERVISION'; id: string; version: number }) {
  const base = kind === 'FEEDBACK' ? '/api/feedback' : '/api/supervision-records';
  return api.delete(`${base}/${encodeURIComponent(id)}?version=${version}`);
}
export const useDeleteRecord = () => useSupervisionMutation(deleteRecord);
