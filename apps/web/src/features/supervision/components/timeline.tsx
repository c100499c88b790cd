import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CourseTimelineEntry } from '@portal/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Fact, Facts } from '@/components/ui/facts';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { errorMessage } from '@/lib/error-message';
import { formatDate } from '@/lib/format';
import { useDeleteRecord } from '../api/delete-record';
import { useTimeline } from '../api/get-timeline';

function DeleteButton({ entry }: { entry: CourseTimelineEntry }) {
  const { t } = useTranslation();
  const del = useDeleteRecord();
  const [confirm, setConfirm] = useState(false);
  if (!confirm)
    return (
      <Button size="compact-sm" variant="default" onClick={() => setConfirm(true)}>
        {t('supervision.timeline.delete')}
      </Button>
    );
  return (
    <Group gap="xs">
      <Button
        size="compact-sm"
        color="red.9"
        loading={del.isPending}
        onClick={() =>
          del.mutate(
            { kind: entry.kind, id: entry.id, version: entry.version },
            {
              onSuccess: () =>
                notifications.show({
                  closeButtonProps: { 'aria-label': t('supervision.close') },
                  message: t('supervision.timeline.deleted'),
                }),
              onError: (e) =>
                notifications.show({
                  closeButtonProps: { 'aria-label': t('supervision.close') },
                  color: 'red',
                  message: errorMessage(e, t),
                }),
            },
          )
        }
      >
        {t('supervision.timeline.confirmDelete')}
      </Button>
      <Button size="compact-sm" variant="subtle" onClick={() => setConfirm(false)}>
        {t('supervision.timeline.cancel')}
      </Button>
    </Group>
  );
}

export function TimelineEntryCard({ entry, headingLevel = 3 }: { entry: CourseTimelineEntry; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  return (
    <Paper withBorder radius="md" p="md" component="article" data-testid="timeline-entry" data-kind={entry.kind}>
      <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
        <div>
          <Heading style={{ margin: 0, fontSize: 'var(--mantine-font-size-md)' }}>
            <Badge
              variant="filled"
              color={entry.kind === 'FEEDBACK' ? 'blue.9' : 'teal.9'}
              radius="sm"
              mr={8}
              style={{ verticalAlign: 'middle' }}
            >
              {t(`supervision.kinds.${entry.kind}`)}
            </Badge>
            {formatDate(entry.date)}
          </Heading>
          <Text size="sm" c="dimmed">
            {t('supervision.timeline.by', { name: entry.author.name })}
            {entry.setting ? ` · ${t(`supervision.settings.${entry.setting}`)}` : ''}
            {entry.kind === 'FEEDBACK' && entry.requestId ? ` · ${t('supervision.timeline.answersRequest')}` : ''}
          </Text>
        </div>
        {entry.mayEdit && <DeleteButton entry={entry} />}
      </Group>
      {entry.kind === 'FEEDBACK' ? (
        <Facts>
          <Fact label={t('supervision.fields.wentWell')}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{entry.wentWell}</span>
          </Fact>
          <Fact label={t('supervision.fields.toImprove')}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{entry.toImprove}</span>
          </Fact>
          <Fact label={t('supervision.fields.nextStep')}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{entry.nextStep}</span>
          </Fact>
        </Facts>
      ) : (
        <Facts>
          <Fact label={t('supervision.fields.supervised')}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{entry.supervised}</span>
          </Fact>
          {entry.competences.length > 0 && (
            <Fact label={t('supervision.fields.competences')}>
              {entry.competences.map((c) => `${c.code} ${c.title}`).join('; ')}
            </Fact>
          )}
          {entry.nextSteps && (
            <Fact label={t('supervision.fields.nextSteps')}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{entry.nextSteps}</span>
            </Fact>
          )}
        </Facts>
      )}
    </Paper>
  );
}

/** A course's supervision and feedback, newest first, a page at a time. */
export function CourseTimelineList({ courseId, headingLevel = 2 }: { courseId: string; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const q = useTimeline(courseId);
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];
  const scope = q.data?.pages[0]?.scope;
  return (
    <section aria-labelledby={`timeline-${courseId}`} data-testid="timeline">
      <Title order={headingLevel} size="h3" id={`timeline-${courseId}`} mb="sm">
        {t('supervision.timeline.heading')}
      </Title>
      {q.isPending && <PageLoader />}
      {q.isError && <QueryError error={q.error} onRetry={() => void q.refetch()} />}
      {scope === 'OWN' && (
        <Alert color="gray" variant="light" mb="sm">
          <Text size="sm">{t('supervision.timeline.ownOnly')}</Text>
        </Alert>
      )}
      {q.isSuccess && items.length === 0 && <Text>{t('supervision.timeline.empty')}</Text>}
      <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((e) => (
          <li key={`${e.kind}-${e.id}`}>
            <TimelineEntryCard entry={e} headingLevel={headingLevel === 2 ? 3 : 4} />
          </li>
        ))}
      </Stack>
      {q.hasNextPage && (
        <Button
          mt="sm"
          variant="outline"
          fullWidth
          onClick={() => void q.fetchNextPage()}
          loading={q.isFetchingNextPage}
          data-testid="timeline-more"
        >
          {t('supervision.timeline.more')}
        </Button>
      )}
    </section>
  );
}
