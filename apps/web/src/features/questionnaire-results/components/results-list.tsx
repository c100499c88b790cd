import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ResultsList } from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';

/** The questionnaires with closed rounds the caller may read, each round a link to its results. */
export function ResultsListView({ data }: { data: ResultsList }) {
  const { t } = useTranslation();
  if (data.items.length === 0) return <Text data-testid="results-empty">{t('questionnaireResults.list.empty')}</Text>;
  return (
    <Stack gap="md">
      {data.items.map((q) => (
        <Paper
          key={q.id}
          withBorder
          p="md"
          radius="md"
          component="section"
          aria-labelledby={`rq-${q.id}`}
          data-testid="results-questionnaire"
        >
          <Title order={2} size="h4" id={`rq-${q.id}`}>
            {q.title}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {q.owner?.name ?? t('questionnaireResults.list.region')} ·{' '}
            {t(`questionnaireResults.audiences.${q.audience}`)}
          </Text>
          <List spacing={4} size="sm">
            {q.rounds.map((r) => (
              <List.Item key={r.id}>
                <Anchor component={Link} to={paths.questionnaireResults.getHref(q.id, r.id)}>
                  {r.label}
                </Anchor>{' '}
                <Text span size="sm" c="dimmed">
                  ({formatDate(r.opensOn)}–{formatDate(r.closesOn)})
                </Text>
              </List.Item>
            ))}
          </List>
        </Paper>
      ))}
    </Stack>
  );
}
