import { bodyDetailSchema, type BodyDetail, type UpdateBodyRequest } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { bodyKeys, invalidateBodies } from './keys';

/** PUT /api/education-bodies/:bodyId (409 when the version is stale) */
export function updateEducationBody(bodyId: string, body: UpdateBodyRequest): Promise<BodyDetail> {
  return api.put(`/api/education-bodies/${bodyId}`, body, bodyDetailSchema);
}

export function useUpdateEducationBody(bodyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateBodyRequest) => updateEducationBody(bodyId, body),
    onSuccess: (detail) => {
      queryClient.setQueryData(bodyKeys.detail(bodyId), detail);
      return invalidateBodies(queryClient);
    },
  });
}
