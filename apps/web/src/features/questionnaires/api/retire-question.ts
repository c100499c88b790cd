import { questionnaireDetailSchema } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { qUrl, questionnaireKeys } from './keys';

/** POST /api/questionnaires/:questionnaireId/questions/:questionId/retire */
export function retireQuestion(v: { id: string; questionId: string; version: number }) {
  return api.post(
    `${qUrl(v.id)}/questions/${encodeURIComponent(v.questionId)}/retire`,
    { version: v.version },
    questionnaireDetailSchema,
  );
}

export function useRetireQuestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retireQuestion,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: questionnaireKeys.all }),
  });
}
