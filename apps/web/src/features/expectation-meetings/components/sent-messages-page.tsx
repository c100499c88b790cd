import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { usePageTitle } from '@/components/ui/page-title';
import { useMyNotifications } from '../api/get-my-notifications';
import { formatWhen } from './format';
import { Pager } from './meeting-list';

const PAGE_SIZE = 20;

/** "Sendte beskeder": what the portal e-mailed the signed-in user. */
export function SentMessagesPage() {
  const { t } = useTranslation();
  usePageTitle(t('meetings.messages.title'));
  const [page, setPage] = useState(1);
  const list = useMyNotifications({ page, pageSize: PAGE_SIZE });
  return (
    <Stack gap="md" maw={900}>
      <Title order={1} fz={{ base: 26, sm: 34 }} style={{ overflowWrap: 'anywhere' }}>
        {t('meetings.messages.title')}
      </Title>
      <Text>{t('meetings.messages.intro')}</Text>
      {list.isPending && <PageLoader />}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data?.items.length === 0 && <Text>{t('meetings.messages.empty')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }} data-testid="sent-messages">
          {list.data.items.map((n) => (
            <Paper component="li" key={n.id} withBorder p="md" radius="md" data-testid="sent-message">
              <Group gap="xs" mb={4} wrap="wrap">
                <Badge color={n.kind === 'MEETING_OVERDUE' ? 'red.9' : 'blue.9'} variant="filled" radius="sm">
                  {t(`meetings.messages.kind.${n.kind}`)}
                </Badge>
                <Text size="sm">
                  {n.sentAt
                    ? t('meetings.messages.sentAt', { date: formatWhen(n.sentAt) })
                    : t('meetings.messages.pending')}
                </Text>
              </Group>
              <Title order={2} size="h5" style={{ overflowWrap: 'anywhere' }}>
                {n.subject}
              </Title>
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {t('meetings.messages.to')}: {n.toAddress}
              </Text>
              <details>
                <summary>
                  <Text span size="sm" fw={600}>
                    {t('meetings.messages.showBody')}
                  </Text>
                </summary>
                <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {n.body}
                </Text>
              </details>
            </Paper>
          ))}
        </Stack>
      )}
      {list.data && <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={setPage} />}
    </Stack>
  );
}
