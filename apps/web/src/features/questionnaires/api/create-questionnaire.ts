import { questionnaireDetailSchema, type QuestionnaireInput } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { questionnaireKeys } from './keys';

/** POST /api/questionnaires */
export function createQuestionnaire(v: QuestionnaireInput) {
  return api.post('/api/questionnaires', v, questionnaireDetailSchema);
}

export function useCreateQuestionnaire() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createQuestionnaire,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: questionnaireKeys.all }),
  });
}
