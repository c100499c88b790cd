import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useActivity } from '@/features/activities/api/get-activity';
import { ActivityForm } from '@/features/activities/components/activity-form';

export function ActivityEditRoute() {
  const { t } = useTranslation();
  const { activityId = '' } = useParams();
  const query = useActivity(activityId);
  usePageTitle(t('activities.form.editHeading'));
  return (
    <Stack gap="lg" maw={800} data-testid="activity-edit-page">
      <Anchor component={Link} to={paths.activity.getHref(activityId)} size="sm">
        ← {query.data?.title ?? t('activities.back')}
      </Anchor>
      <Title order={1}>{t('activities.form.editHeading')}</Title>
      {query.isPending && <PageLoader />}
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {/* Keyed by id only: a refetch in the background must not wipe what is being typed. */}
      {query.data && <ActivityForm key={query.data.id} activity={query.data} />}
    </Stack>
  );
}
