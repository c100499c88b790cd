import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { MyTrainee } from '@portal/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/auth/use-session';
import { formatDate } from '@/lib/format';
import { useMyTrainees } from '../api/get-my-trainees';
import { coursesWithDrafts } from '../lib/draft';

function TraineeCard({ item, hasDraft }: { item: MyTrainee; hasDraft: boolean }) {
  const { t } = useTranslation();
  const name = item.trainee.name;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="li"
      data-testid="my-trainee"
      data-course-id={item.courseId}
      style={item.noFeedback4Weeks ? { borderLeft: '6px solid var(--mantine-color-red-9)' } : undefined}
    >
      <Stack gap={6}>
        <Anchor
          component={Link}
          to={paths.supervisionCourse.getHref(item.courseId)}
          fw={700}
          size="lg"
          aria-label={t('supervision.myTrainees.open', { name })}
          data-testid="my-trainee-name"
        >
          {name}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t(`supervision.tracks.${item.track}`)}
          {item.specialtyName ? `, ${item.specialtyName}` : ''} · {item.unit.name}
        </Text>
        <Group gap="xs">
          {item.isMain && (
            <Badge variant="outline" color="blue" radius="sm">
              {t('supervision.myTrainees.main')}
            </Badge>
          )}
          {item.noFeedback4Weeks && (
            <Badge variant="filled" color="red.9" radius="sm" data-testid="no-feedback-flag">
              {t('supervision.myTrainees.noFeedback4Weeks')}
            </Badge>
          )}
          {item.openRequests > 0 && (
            <Badge variant="filled" color="grape.9" radius="sm" data-testid="open-request-flag">
              {t('supervision.myTrainees.requests', { count: item.openRequests })}
            </Badge>
          )}
          {hasDraft && (
            <Badge variant="outline" color="gray.8" radius="sm">
              {t('supervision.myTrainees.draft')}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {item.lastFeedbackOn
            ? t('supervision.myTrainees.lastFeedback', { date: formatDate(item.lastFeedbackOn) })
            : t('supervision.myTrainees.neverFeedback')}
          {' · '}
          {t('supervision.myTrainees.last4Weeks', { count: item.feedbackLast4Weeks })}
        </Text>
        <Button
          component={Link}
          to={paths.feedbackNew.getHref(item.courseId, item.firstOpenRequestId)}
          size="lg"
          fullWidth
          mt={4}
          aria-label={t('supervision.myTrainees.giveFeedbackTo', { name })}
          data-testid="give-feedback"
        >
          {t('supervision.myTrainees.giveFeedback')}
        </Button>
      </Stack>
    </Paper>
  );
}

/**
 * "Mine uddannelseslæger": the supervisor's current trainees as large cards (phone first), those
 * without feedback in 4 weeks first and marked, open requests flagged, one tap to give feedback.
 * With `hideWhenEmpty` (UAO/UKS start pages) nothing shows for someone who supervises no one.
 */
export function MyTraineesSection({
  hideWhenEmpty = false,
  headingLevel = 2,
}: {
  hideWhenEmpty?: boolean;
  headingLevel?: 1 | 2;
}) {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const query = useMyTrainees(can('supervision:write'));
  const drafts = useMemo(() => coursesWithDrafts(me.user.id), [me.user.id]);
  if (!can('supervision:write')) return null;
  const items = query.data?.items ?? [];
  if (hideWhenEmpty && query.isSuccess && items.length === 0) return null;
  const lacking = items.filter((i) => i.noFeedback4Weeks).length;
  const requests = items.reduce((n, i) => n + i.openRequests, 0);

  return (
    <Paper
      withBorder
      p={{ base: 'sm', sm: 'lg' }}
      radius="md"
      component="section"
      aria-labelledby="my-trainees-heading"
      data-testid="my-trainees"
    >
      <Title order={headingLevel} size={headingLevel === 1 ? 'h1' : 'h3'} id="my-trainees-heading">
        {t('supervision.myTrainees.heading')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('supervision.myTrainees.intro')}
      </Text>
      {query.isPending && <PageLoader />}
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && items.length === 0 && <Text>{t('supervision.myTrainees.empty')}</Text>}
      {items.length > 0 && (
        <>
          <Text fw={600} mb="sm" data-testid="my-trainees-summary">
            {t('supervision.myTrainees.summary', { lacking, requests })}
          </Text>
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((item) => (
              <TraineeCard key={item.courseId} item={item} hasDraft={drafts.has(item.courseId)} />
            ))}
          </Stack>
        </>
      )}
    </Paper>
  );
}
