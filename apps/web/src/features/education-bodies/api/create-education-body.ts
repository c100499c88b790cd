import { bodyDetailSchema, type BodyDetail, type CreateBodyRequest } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { invalidateBodies } from './keys';

/** POST /api/education-bodies */
export function createEducationBody(body: CreateBodyRequest): Promise<BodyDetail> {
  return api.post('/api/education-bodies', body, bodyDetailSchema);
}

export function useCreateEducationBody() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createEducationBody, onSuccess: () => invalidateBodies(queryClient) });
}
