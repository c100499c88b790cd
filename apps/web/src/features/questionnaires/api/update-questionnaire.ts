import { questionnaireDetailSchema, type UpdateQuestionnaireInput } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { qUrl, questionnaireKeys } from './keys';

/** PATCH /api/questionnaires/:questionnaireId (a stale version answers 409) */
export function updateQuestionnaire(v: { id: string; body: UpdateQuestionnaireInput }) {
  return api.patch(qUrl(v.id), v.body, questionnaireDetailSchema);
}

export function useUpdateQuestionnaire() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateQuestionnaire,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: questionnaireKeys.all }),
  });
}
