import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { StatsPage } from '@/features/activities/components/stats-page';

export function ActivityStatsRoute() {
  const { t } = useTranslation();
  usePageTitle(t('activities.stats.pageTitle'));
  return (
    <Stack gap="lg" maw={1100} data-testid="activity-stats-page">
      <Anchor component={Link} to={paths.activities.getHref()} size="sm">
        ← {t('activities.back')}
      </Anchor>
      <div>
        <Title order={1}>{t('activities.stats.heading')}</Title>
        <Text mt={4}>{t('activities.stats.intro')}</Text>
      </div>
      <StatsPage />
    </Stack>
  );
}
