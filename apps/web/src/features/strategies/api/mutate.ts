import { useMutation, useQueryClient } from '@tanstack/react-query';
import { strategyKeys } from './keys';

/** A write of this feature: afterwards the list and every dashboard are refetched (attainment moves). */
export function useStrategyMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: strategyKeys.all }),
  });
}

export const enc = encodeURIComponent;
