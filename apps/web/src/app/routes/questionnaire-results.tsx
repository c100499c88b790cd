import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/ui/page-loader';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/ui/query-error';
import { useResultsList } from '@/features/questionnaire-results/api/get-results-list';
import { ResultsListView } from '@/features/questionnaire-results/components/results-list';

/** /questionnaire-results: the questionnaires and closed rounds whose results the caller may read. */
export function QuestionnaireResultsListRoute() {
  const { t } = useTranslation();
  usePageTitle(t('questionnaireResults.title'));
  const list = useResultsList();
  return (
    <Stack gap="lg" maw={900} data-testid="questionnaire-results-list">
      <div>
        <Title order={1}>{t('questionnaireResults.title')}</Title>
        <Text mt={4}>{t('questionnaireResults.list.intro')}</Text>
      </div>
      {list.isPending && <PageLoader />}
      {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && <ResultsListView data={list.data} />}
    </Stack>
  );
}
