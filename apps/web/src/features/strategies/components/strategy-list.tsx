import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useStrategies } from '../api/get-strategies';
import { COLOUR_SWATCH, ColourBadge, formatDate, formatPercent } from './attainment';
import { StrategyForm } from './edit-forms';

/** The strategies the user reads, each with its attainment today and its colour. */
export function StrategyList() {
  const { t } = useTranslation();
  const q = useStrategies();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  if (q.isPending) return <PageLoader />;
  if (q.isError) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  const items = q.data.items;
  const { canCreate } = q.data;
  const mayCreate = canCreate.region || canCreate.hospitals.length > 0;
  return (
    <Stack gap="md">
      {mayCreate && (
        <div className="no-print">
          <Button onClick={() => setCreating(true)}>{t('strategies.edit.strategy.addButton')}</Button>
          <StrategyForm
            dash={null}
            hospitals={canCreate.hospitals}
            region={canCreate.region}
            opened={creating}
            onClose={() => setCreating(false)}
            onCreated={(id) => void navigate(paths.strategy.getHref(id))}
          />
        </div>
      )}
      {items.length === 0 ? (
        <Text data-testid="strategies-empty">{t('strategies.empty')}</Text>
      ) : (
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
      )}
    </Stack>
  );
}
