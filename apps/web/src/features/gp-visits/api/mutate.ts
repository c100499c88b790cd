import { useMutation, useQueryClient } from '@tanstack/react-query';
import { gpVisitKeys } from './keys';

/** A write of this feature: the due lists and the activities (visits are activities) are refetched. */
export function useGpVisitMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: gpVisitKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['activities'] });
    },
  });
}
