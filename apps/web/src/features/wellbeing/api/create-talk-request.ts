import { talkRequestSchema, type CreateTalkRequest } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { useWellbeingMutation } from './mutate';

/** POST /api/talk-requests: a talk asked for without a defusing. */
export function createTalkRequest(body: CreateTalkRequest) {
  return api.post('/api/talk-requests', body, talkRequestSchema);
}
export const useCreateTalkRequest = () => useWellbeingMutation(createTalkRequest);
