import { questionnaireDetailSchema, type QuestionInput } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { qUrl, questionnaireKeys } from './keys';

/** POST /api/questionnaires/:questionnaireId/questions */
export function addQuestion(v: { id: string; version: number; question: QuestionInput }) {
  return api.post(`${qUrl(v.id)}/questions`, { version: v.version, question: v.question }, questionnaireDetailSchema);
}

export function useAddQuestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addQuestion,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: questionnaireKeys.all }),
  });
}
