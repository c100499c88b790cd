import type { ResultGroupBy } from '@portal/contracts';

/** Query keys of the questionnaire-results feature. */
export const resultKeys = {
  all: ['questionnaire-results'] as const,
  list: ['questionnaire-results', 'list'] as const,
  round: (roundId: string, groupBy: ResultGroupBy) => ['questionnaire-results', 'round', roundId, groupBy] as const,
  targets: ['questionnaire-results', 'indicator-targets'] as const,
};
