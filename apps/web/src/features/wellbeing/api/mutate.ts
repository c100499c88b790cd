import { useMutation, useQueryClient } from '@tanstack/react-query';
import { wellbeingKeys } from './keys';

/** A write of this feature: afterwards every well-being list and figure is refetched. */
export function useWellbeingMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    retry: false,
    networkMode: 'always',
    onSuccess: () => queryClient.invalidateQueries({ queryKey: wellbeingKeys.all }),
  });
}
