import { defusingSchema, type CreateDefusing } from '@portal/contracts';
import { api } from '@/lib/api-client';
import { useWellbeingMutation } from './mutate';

/** POST /api/defusings */
export function createDefusing(body: CreateDefusing) {
  return api.post('/api/defusings', body, defusingSchema);
}
export const useCreateDefusing = () => useWellbeingMutation(createDefusing);
