import type { Activity } from '@portal/contracts';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { activityKeys } from './keys';

/** After a change: the answer is the activity as it is now; lists, stats and GP visit due lists are refetched. */
export function storeActivity(queryClient: QueryClient, activity: Activity) {
  queryClient.setQueryData(activityKeys.detail(activity.id), activity);
  void queryClient.invalidateQueries({
    queryKey: activityKeys.all,
    predicate: (q) => q.queryKey[1] !== 'detail' || q.queryKey[2] !== activity.id,
  });
  // A GP area's activities include its department visits: the area's due list (the gp-visits
  // feature's queries, key root 'gp-visits') reads the last held one.
  if (activity.hospital?.kind === 'GP_AREA') void queryClient.invalidateQueries({ queryKey: ['gp-visits'] });
}

/** A mutation whose answer is the activity (every write of this feature). */
export function useActivityMutation<V>(fn: (vars: V) => Promise<Activity>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: (a) => storeActivity(queryClient, a) });
}
