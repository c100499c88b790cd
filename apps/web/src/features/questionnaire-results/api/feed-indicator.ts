import { feedIndicatorResultSchema, type FeedIndicator } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { strategyKeys } from '@/features/strategies/api/keys';

/** POST /api/questionnaire-results/rounds/:roundId/indicator-value */
export function feedIndicator({ roundId, body }: { roundId: string; body: FeedIndicator }) {
  return api.post(
    `/api/questionnaire-results/rounds/${encodeURIComponent(roundId)}/indicator-value`,
    body,
    feedIndicatorResultSchema,
  );
}

/** The value lands on a strategy: its dashboards are refetched. */
export function useFeedIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: feedIndicator,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: strategyKeys.all }),
  });
}
