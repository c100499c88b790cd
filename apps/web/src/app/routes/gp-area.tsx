import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useAreas } from '@/features/gp-area/api/get-areas';

/** The AMU's workspace: straight to their area, or a picker when the caller has several. */
export function GpAreaRoute() {
  const { t } = useTranslation();
  usePageTitle(t('gpArea.title'));
  const areas = useAreas();
  if (areas.isPending) return <PageLoader />;
  if (areas.error) return <QueryError error={areas.error} onRetry={() => void areas.refetch()} />;
  const items = areas.data.items;
  if (items.length === 1) return <Navigate to={paths.gpAreaUnit.getHref(items[0]!.id)} replace />;
  return (
    <Stack gap="lg" maw={1100} data-testid="gp-area-picker">
      <div>
        <Title order={1}>{t('gpArea.title')}</Title>
        <Text mt={4}>{t('gpArea.picker.intro')}</Text>
      </div>
      {items.length === 0 && <Text c="dimmed">{t('gpArea.picker.none')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {items.map((a) => (
          <Card key={a.id} withBorder padding="md">
            <Anchor component={Link} to={paths.gpAreaUnit.getHref(a.id)} fw={600}>
              {a.name}
            </Anchor>
            <Text size="sm" mt={4}>
              {t('gpArea.picker.counts', {
                practices: a.practiceCount,
                current: a.traineesCurrent,
                upcoming: a.traineesUpcoming,
              })}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
