import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supervisionKeys } from './keys';

/** A write of this feature: afterwards lists, timelines and the trainee's summary are refetched. */
export function useSupervisionMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    // No automatic retry: a failed send keeps the local draft and the user retries.
    retry: false,
    // Offline, fail at once (the form says "not sent, saved on this device") instead of pausing.
    networkMode: 'always',
    onSuccess: () => queryClient.invalidateQueries({ queryKey: supervisionKeys.all }),
  });
}
