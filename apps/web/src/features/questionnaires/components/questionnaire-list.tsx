import { Anchor, Badge, Button, Paper, Stack, Text, Title } from '@mantine/core';
import type { QuestionnaireSummary } from '@portal/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { ResponsiveTable, type Column } from '@/components/ui/responsive-table';
import { paths } from '@/config/paths';
import { useCreateQuestionnaire } from '../api/create-questionnaire';
import { useQuestionnaires } from '../api/get-questionnaires';
import { QuestionnaireForm } from './questionnaire-form';

/** The questionnaires the caller manages, and a new one. */
export function QuestionnaireList() {
  const { t } = useTranslation();
  const list = useQuestionnaires();
  const create = useCreateQuestionnaire();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const columns: Column<QuestionnaireSummary>[] = [
    {
      key: 'title',
      label: t('questionnaires.list.title'),
      value: (q) => (
        <Anchor component={Link} to={paths.questionnaire.getHref(q.id)}>
          {q.title}
        </Anchor>
      ),
    },
    {
      key: 'owner',
      label: t('questionnaires.list.owner'),
      value: (q) => q.owner?.name ?? t('questionnaires.regionWide'),
    },
    {
      key: 'audience',
      label: t('questionnaires.list.audience'),
      value: (q) => t(`questionnaires.audiences.${q.audience}`),
    },
    {
      key: 'schedule',
      label: t('questionnaires.list.schedule'),
      value: (q) => t(`questionnaires.schedules.${q.schedule}`),
    },
    { key: 'questions', label: t('questionnaires.list.questions'), value: (q) => q.questionCount, align: 'right' },
    {
      key: 'rounds',
      label: t('questionnaires.list.rounds'),
      value: (q) => (
        <>
          {q.lastRoundLabel ?? '–'}{' '}
          {q.openRounds > 0 && (
            <Badge color="teal.9" variant="outline">
              {t('questionnaires.states.OPEN')}
            </Badge>
          )}
        </>
      ),
    },
  ];
  return (
    <Stack gap="lg">
      <Title order={1}>{t('questionnaires.title')}</Title>
      <Text>{t('questionnaires.list.intro')}</Text>
      {creating ? (
        <Paper withBorder p="md">
          <Title order={2} size="h3" mb="sm">
            {t('questionnaires.list.new')}
          </Title>
          <QuestionnaireForm
            pending={create.isPending}
            error={create.error}
            onCancel={() => setCreating(false)}
            onSubmit={async (v) => {
              const q = await create.mutateAsync(v);
              void navigate(paths.questionnaire.getHref(q.id));
            }}
          />
        </Paper>
      ) : (
        <div>
          <Button onClick={() => setCreating(true)} data-testid="q-new">
            {t('questionnaires.list.new')}
          </Button>
        </div>
      )}
      {list.isPending ? (
        <PageLoader />
      ) : list.error ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <ResponsiveTable
          rows={list.data.items}
          columns={columns}
          caption={t('questionnaires.list.caption')}
          testId="questionnaire-list"
          empty={t('questionnaires.list.empty')}
        />
      )}
    </Stack>
  );
}
