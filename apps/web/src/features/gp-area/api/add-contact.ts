import { gpContactSchema, type GpContactFields } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { gpAreaKeys, traineeUrl } from './keys';

/** POST /api/gp-areas/:areaId/trainees/:courseId/contacts */
export function addContact(areaId: string, courseId: string, body: GpContactFields) {
  return api.post(`${traineeUrl(areaId, courseId)}/contacts`, body, gpContactSchema);
}

export function useAddContact(areaId: string, courseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: GpContactFields) => addContact(areaId, courseId, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: gpAreaKeys.trainee(areaId, courseId) }),
  });
}
