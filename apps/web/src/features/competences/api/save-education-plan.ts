import { educationPlanSchema, type SavePlan } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { competenceKeys } from './keys';

/** PUT /api/courses/:courseId/education-plan (a base version that is not the latest answers 409). */
export function saveEducationPlan(v: { courseId: string; body: SavePlan }) {
  return api.put(`/api/courses/${encodeURIComponent(v.courseId)}/education-plan`, v.body, educationPlanSchema);
}

export function useSaveEducationPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveEducationPlan,
    onSuccess: (plan, v) => {
      queryClient.setQueryData(competenceKeys.plan(v.courseId), plan);
      void queryClient.invalidateQueries({ queryKey: competenceKeys.planVersions(v.courseId) });
    },
  });
}
