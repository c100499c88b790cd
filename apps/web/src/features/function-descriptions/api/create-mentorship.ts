import { newHolderSchema, type CreateMentorship } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export const createMentorship = (body: CreateMentorship) => api.post('/api/mentors/mentorships', body, newHolderSchema);

export function useCreateMentorship() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createMentorship,
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['mentors'] }),
  });
}
