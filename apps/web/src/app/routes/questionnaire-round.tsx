import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useRoundStatus } from '@/features/questionnaires/api/get-round-status';
import { RoundView } from '@/features/questionnaires/components/round-view';

/** /questionnaires/:questionnaireId/rounds/:roundId — send, live response rate, remind, close. */
export function QuestionnaireRoundRoute() {
  const { t } = useTranslation();
  const { questionnaireId = '', roundId = '' } = useParams();
  const s = useRoundStatus(questionnaireId, roundId);
  usePageTitle(s.data ? `${s.data.round.label} · ${s.data.questionnaire.title}` : t('questionnaires.title'));
  return (
    <Stack gap="lg" maw={1000} data-testid="round-page">
      <Anchor component={Link} to={paths.questionnaire.getHref(questionnaireId)}>
        {t('questionnaires.backToQuestionnaire')}
      </Anchor>
      {s.isPending ? (
        <PageLoader />
      ) : s.error ? (
        <QueryError error={s.error} onRetry={() => void s.refetch()} />
      ) : (
        <>
          <div>
            <Title order={1}>{s.data.round.label}</Title>
            <Text>{s.data.questionnaire.title}</Text>
          </div>
          <RoundView s={s.data} />
        </>
      )}
    </Stack>
  );
}
