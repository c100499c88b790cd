import { talkRequestSchema, type ResolveTalkRequest } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { useWellbeingMutation } from './mutate';

/** PUT /api/talk-requests/:talkRequestId */
export function resolveTalkRequest({ id, body }: { id: string; body: ResolveTalkRequest }) {
  return api.put(`/api/talk-requests/${encodeURIComponent(id)}`, body, talkRequestSchema);
}
export const useResolveTalkRequest = () => useWellbeingMutation(resolveTalkRequest);
