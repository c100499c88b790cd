import { indicatorTargetsSchema } from '@portal/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { resultKeys } from './keys';

/** GET /api/questionnaire-results/indicator-targets (empty without strategy:manage) */
export function getIndicatorTargets(signal?: AbortSignal) {
  return api.get('/api/questionnaire-results/indicator-targets', indicatorTargetsSchema, signal);
}

export const indicatorTargetsQueryOptions = () =>
  queryOptions({ queryKey: resultKeys.targets, queryFn: ({ signal }) => getIndicatorTargets(signal) });

export const useIndicatorTargets = () => useQuery(indicatorTargetsQueryOptions());
