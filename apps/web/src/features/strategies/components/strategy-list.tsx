import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useStrategies } from '../api/get-strategies';
import { COLOUR_SWATCH, ColourBadge, formatDate, formatPercent } from './attainment';

/** The strategies the user reads, each with its attainment today and its colour. */
export function StrategyList() {
  const { t } = useTranslation();
  const q = useStrategies();
  if (q.isPending) return <PageLoader />;
  if (q.isError) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  const items = q.data.items;
  if (items.length === 0) return <Text data-testid="strategies-empty">{t('strategies.empty')}</Text>;
  return (
    <SimpleGrid
      cols={{ base: 1, md: 2 }}
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      data-testid="strategy-list"
    >
      {items.map((s) => (
        <Paper
          key={s.id}
          component="li"
          withBorder
          p="md"
          radius="md"
          data-testid="strategy-card"
          style={{ borderLeft: `8px solid ${COLOUR_SWATCH[s.overall.colour]}` }}
        >
          <Stack gap={6}>
            <Title order={2} size="h4">
              <Anchor component={Link} to={paths.strategy.getHref(s.id)}>
                {s.title}
              </Anchor>
            </Title>
            <Text size="sm" c="dimmed">
              {s.unit?.name ?? t('strategies.region')} · {formatDate(s.periodStart)} – {formatDate(s.periodEnd)}
            </Text>
            <Group gap="sm" align="baseline">
              <Text fz={28} fw={700} data-testid="strategy-card-percent">
                {formatPercent(s.overall.percent)}
              </Text>
              <ColourBadge colour={s.overall.colour} />
            </Group>
            <Text size="sm">
              {t('strategies.attainmentOf', { achieved: s.overall.achieved, total: s.overall.total })} ·{' '}
              {t('strategies.thresholdShort', { green: s.greenThreshold })}
            </Text>
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
