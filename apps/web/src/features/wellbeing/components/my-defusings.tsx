import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { Defusing, TalkRequest } from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { formatDate, formatDateTimeAsDate } from '@/lib/format';
import { useMyDefusings } from '../api/get-my-defusings';
import { useMyTalkRequests } from '../api/get-my-talk-requests';

const STATE_COLOR = { OPEN: 'blue.9', HELD: 'green.9', DECLINED: 'gray.8' } as const;

export function TalkStatus({ r }: { r: TalkRequest }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATE_COLOR[r.state]} variant="filled" radius="sm" data-testid="talk-status">
      {r.state === 'HELD' && r.heldOn
        ? t('wellbeing.talkStates.HELD_ON', { date: formatDate(r.heldOn) })
        : t(`wellbeing.talkStates.${r.state}`)}
    </Badge>
  );
}

/** The trainee's own talk requests with their status ("samtale holdt", "afvist/videregivet"). */
export function MyTalkRequests() {
  const { t } = useTranslation();
  const q = useMyTalkRequests();
  if (q.isPending) return <PageLoader />;
  if (q.error) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  if (q.data.items.length === 0) return <Text>{t('wellbeing.mine.noTalks')}</Text>;
  return (
    <Stack gap="sm" data-testid="my-talk-requests">
      {q.data.items.map((r) => (
        <Card key={r.id} withBorder padding="sm" radius="md" data-testid="my-talk-request">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text fw={600}>{t('wellbeing.mine.talkWith', { name: r.requestedOf.name })}</Text>
            <TalkStatus r={r} />
          </Group>
          <Text size="sm">{t('wellbeing.mine.askedOn', { date: formatDateTimeAsDate(r.createdAt) })}</Text>
          {r.resolutionNote && <Text size="sm">{r.resolutionNote}</Text>}
        </Card>
      ))}
    </Stack>
  );
}

function DefusingCard({ d }: { d: Defusing }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" radius="md" data-testid="my-defusing">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text fw={600}>
          {formatDate(d.shiftDate)}
          {d.shiftKind ? ` · ${t(`wellbeing.shiftKinds.${d.shiftKind}`)}` : ''}
        </Text>
        <Text size="sm">{t('wellbeing.mine.howWent', { value: d.howWent })}</Text>
      </Group>
      <Text size="sm">
        {d.hadChallenges ? t('wellbeing.mine.challengesYes') : t('wellbeing.mine.challengesNo')}
        {d.challengesNote ? `: ${d.challengesNote}` : ''}
      </Text>
      {d.otherNote && <Text size="sm">{d.otherNote}</Text>}
      {d.recordedBy.id !== d.trainee.id && (
        <Text size="sm" c="dimmed">
          {t('wellbeing.mine.recordedWith', { name: d.recordedBy.name })}
        </Text>
      )}
    </Card>
  );
}

/** The trainee's own defusings, newest first (only they and the recorder can see one). */
export function MyDefusings() {
  const { t } = useTranslation();
  const q = useMyDefusings();
  if (q.isPending) return <PageLoader />;
  if (q.error) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  if (q.data.items.length === 0) return <Text>{t('wellbeing.mine.none')}</Text>;
  return (
    <Stack gap="sm" data-testid="my-defusings">
      {q.data.items.map((d) => (
        <DefusingCard key={d.id} d={d} />
      ))}
    </Stack>
  );
}
