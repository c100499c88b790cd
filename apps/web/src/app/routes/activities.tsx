import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { ActivityList } from '@/features/activities/components/activity-list';

export function ActivitiesRoute() {
  const { t } = useTranslation();
  usePageTitle(t('activities.pageTitle'));
  return (
    <Stack gap="lg" maw={1100} data-testid="activities-page">
      <div>
        <Title order={1}>{t('activities.title')}</Title>
        <Text mt={4}>{t('activities.intro')}</Text>
      </div>
      <Group gap="sm">
        <Button component={Link} to={paths.activityNew.getHref()}>
          {t('activities.new')}
        </Button>
        <Button component={Link} to={paths.activityStats.getHref()} variant="light">
          {t('activities.statsLink')}
        </Button>
      </Group>
      <ActivityList />
    </Stack>
  );
}
