import { courseCompetencesSchema, type SetCompetenceStatus } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { competenceKeys } from './keys';

/** PUT /api/courses/:courseId/competences/:competenceId (a stale version answers 409 CONFLICT). */
export function setCompetenceStatus(v: { courseId: string; competenceId: string; body: SetCompetenceStatus }) {
  return api.put(
    `/api/courses/${encodeURIComponent(v.courseId)}/competences/${encodeURIComponent(v.competenceId)}`,
    v.body,
    courseCompetencesSchema,
  );
}

/** The answer is the course's competences as they are now; history and progress are refetched. */
export function useSetCompetenceStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setCompetenceStatus,
    onSuccess: (data, v) => {
      queryClient.setQueryData(competenceKeys.course(v.courseId), data);
      void queryClient.invalidateQueries({
        queryKey: competenceKeys.all,
        predicate: (q) => q.queryKey[1] !== 'course' || q.queryKey[2] !== v.courseId,
      });
    },
    // A conflict: show what is current now (the form keeps the user's choice to try again).
    onError: (_e, v) => void queryClient.invalidateQueries({ queryKey: competenceKeys.course(v.courseId) }),
  });
}
