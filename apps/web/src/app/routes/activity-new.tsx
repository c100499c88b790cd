import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { ActivityForm } from '@/features/activities/components/activity-form';

export function ActivityNewRoute() {
  const { t } = useTranslation();
  usePageTitle(t('activities.form.createHeading'));
  return (
    <Stack gap="lg" maw={800} data-testid="activity-new-page">
      <Anchor component={Link} to={paths.activities.getHref()} size="sm">
        ← {t('activities.back')}
      </Anchor>
      <Title order={1}>{t('activities.form.createHeading')}</Title>
      <ActivityForm activity={null} />
    </Stack>
  );
}
