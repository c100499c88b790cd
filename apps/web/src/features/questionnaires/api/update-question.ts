import { questionnaireDetailSchema, type QuestionInput } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { qUrl, questionnaireKeys } from './keys';

/** PUT /api/questionnaires/:questionnaireId/questions/:questionId (409 once a round is sent) */
export function updateQuestion(v: { id: string; questionId: string; version: number; question: QuestionInput }) {
  return api.put(
    `${qUrl(v.id)}/questions/${encodeURIComponent(v.questionId)}`,
    { version: v.version, question: v.question },
    questionnaireDetailSchema,
  );
}

export function useUpdateQuestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateQuestion,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: questionnaireKeys.all }),
  });
}
