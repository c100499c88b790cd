import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useQuestionnaire } from '@/features/questionnaires/api/get-questionnaire';
import { QuestionnaireDetailView } from '@/features/questionnaires/components/questionnaire-detail';

/** /questionnaires/:questionnaireId — settings, questions and rounds. */
export function QuestionnaireRoute() {
  const { t } = useTranslation();
  const { questionnaireId = '' } = useParams();
  const q = useQuestionnaire(questionnaireId);
  usePageTitle(q.data?.title ?? t('questionnaires.title'));
  return (
    <Stack gap="lg" maw={1000} data-testid="questionnaire-page">
      <Anchor component={Link} to={paths.questionnaires.getHref()}>
        {t('questionnaires.back')}
      </Anchor>
      {q.isPending ? (
        <PageLoader />
      ) : q.error ? (
        <QueryError error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <>
          <Title order={1}>{q.data.title}</Title>
          <QuestionnaireDetailView d={q.data} />
        </>
      )}
    </Stack>
  );
}
