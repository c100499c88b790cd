import { Alert, Anchor, Stack } from '@mantine/core';
import { resultGroupBySchema } from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useIndicatorTargets } from '@/features/questionnaire-results/api/get-indicator-targets';
import { useRoundResults } from '@/features/questionnaire-results/api/get-round-results';
import { RoundResultsView } from '@/features/questionnaire-results/components/round-results';
import { isApiError } from '@/lib/api-client';

/** /questionnaires/:questionnaireId/rounds/:roundId/results: a closed round's anonymous results. */
export function QuestionnaireResultsRoute() {
  const { t } = useTranslation();
  const { roundId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const parsed = resultGroupBySchema.safeParse(params.get('groupBy') ?? 'department');
  const groupBy = parsed.success ? parsed.data : 'department';
  const results = useRoundResults(roundId, groupBy);
  const targets = useIndicatorTargets();
  usePageTitle(
    results.data
      ? `${results.data.questionnaire.title} – ${results.data.round.label}`
      : t('questionnaireResults.title'),
  );
  return (
    <Stack gap="lg" maw={1100} data-testid="questionnaire-results-page">
      <Anchor component={Link} to={paths.questionnaireResultsList.getHref()} size="sm" className="no-print">
        ← {t('questionnaireResults.round.back')}
      </Anchor>
      {results.isPending && <PageLoader />}
      {results.error &&
        (isApiError(results.error, 'CONFLICT') ? (
          <Alert color="yellow" variant="light" role="alert" data-testid="not-closed">
            {t('questionnaireResults.round.notClosed')}
          </Alert>
        ) : (
          <QueryError error={results.error} onRetry={() => void results.refetch()} />
        ))}
      {results.data && !results.error && (
        <RoundResultsView
          data={results.data}
          groupBy={groupBy}
          onGroupBy={(g) => setParams(g === 'department' ? {} : { groupBy: g }, { replace: true })}
          targets={targets.data?.items ?? []}
        />
      )}
    </Stack>
  );
}
