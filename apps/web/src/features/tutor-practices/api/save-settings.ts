import { tutorSettingsSchema, type UpdateTutorSettings } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { tutorKeys } from './keys';

/** PUT /api/gp-areas/:areaId/tutor-settings (id unused) */
export function saveSettings(v: { areaId: string; id: string; body: UpdateTutorSettings }) {
  return api.put(`/api/gp-areas/${encodeURIComponent(v.areaId)}/tutor-settings`, v.body, tutorSettingsSchema);
}

/** Refetches the area's data on success and on a conflict (so the form shows what is current). */
export function useSaveSettings() {
  const queryClient = useQueryClient();
  const refresh = (areaId: string) => void queryClient.invalidateQueries({ queryKey: tutorKeys.area(areaId) });
  return useMutation({
    mutationFn: saveSettings,
    onSuccess: (_d, v) => refresh(v.areaId),
    onError: (_e, v) => refresh(v.areaId),
  });
}
