import { questionnaireDetailSchema } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { qUrl, questionnaireKeys } from './keys';

/** POST /api/questionnaires/:questionnaireId/questions/order */
export function reorderQuestions(v: { id: string; version: number; questionIds: string[] }) {
  return api.post(
    `${qUrl(v.id)}/questions/order`,
    { version: v.version, questionIds: v.questionIds },
    questionnaireDetailSchema,
  );
}

export function useReorderQuestions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reorderQuestions,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: questionnaireKeys.all }),
  });
}
