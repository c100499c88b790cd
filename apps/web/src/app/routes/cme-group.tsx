import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useGroup } from '@/features/cme-groups/api/get-group';
import { GroupDetail } from '@/features/cme-groups/components/group-detail';

export function CmeGroupRoute() {
  const { t } = useTranslation();
  const { groupId = '' } = useParams();
  const q = useGroup(groupId);
  usePageTitle(q.data?.name ?? t('cmeGroups.title'));
  return (
    <Stack gap="lg" maw={1100} data-testid="cme-group-page">
      <Anchor component={Link} to={paths.cmeGroups.getHref()} className="no-print">
        {t('cmeGroups.back')}
      </Anchor>
      {q.isPending ? (
        <PageLoader />
      ) : q.error ? (
        <QueryError error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <>
          <div>
            <Title order={1}>{q.data.name}</Title>
            <Text mt={4}>
              {t(`cmeGroups.kinds.${q.data.kind}`)} ·{' '}
              {q.data.active ? t('cmeGroups.group.active') : t('cmeGroups.group.closed')} ·{' '}
              {q.data.leader ? t('cmeGroups.group.ledBy', { name: q.data.leader.name }) : t('cmeGroups.noLeader')}
            </Text>
          </div>
          <GroupDetail group={q.data} />
        </>
      )}
    </Stack>
  );
}
