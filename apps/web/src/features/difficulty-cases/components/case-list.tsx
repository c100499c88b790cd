import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import { useCases } from '../api/get-cases';

/** The cases the caller may read, open first. */
export function CaseList() {
  const { t } = useTranslation();
  const q = useCases();
  if (q.error) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return <PageLoader />;
  if (q.data.items.length === 0) return <Text data-testid="no-cases">{t('difficultyCases.list.none')}</Text>;
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} data-testid="case-list">
      {q.data.items.map((c) => (
        <Card key={c.id} component="li" withBorder radius="md" padding="md">
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
            <div>
              <Anchor component={Link} to={paths.difficultyCase.getHref(c.id)} fw={600}>
                {t('difficultyCases.list.caseOf', { name: c.trainee.name })}
              </Anchor>
              <Text size="sm" c="dimmed">
                {c.unit.name} · {t('difficultyCases.list.opened', { date: formatDate(c.openedOn) })}
                {c.closedOn ? ` · ${t('difficultyCases.list.closed', { date: formatDate(c.closedOn) })}` : ''}
              </Text>
              <Text size="sm" c="dimmed">
                {t('difficultyCases.list.youRead', {
                  as: c.relations.map((r) => t(`difficultyCases.readerKinds.${r}`)).join(', '),
                })}
              </Text>
            </div>
            <Badge color={c.state === 'OPEN' ? 'grape' : 'gray'} variant="light">
              {t(`difficultyCases.states.${c.state}`)}
            </Badge>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
