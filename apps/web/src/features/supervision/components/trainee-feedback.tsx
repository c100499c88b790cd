import { Alert, Anchor, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { MyFeedbackCourse } from '@portal/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api-client';
import { useSession } from '@/lib/auth/use-session';
import { errorMessage } from '@/lib/error-message';
import { formatDateTimeAsDate } from '@/lib/format';
import { useCancelFeedbackRequest, useCreateFeedbackRequest } from '../api/feedback-requests';
import { useMyFeedback } from '../api/get-my-feedback';
import { TimelineEntryCard } from './timeline';

/** "Bed om feedback": ask one supervisor of the course, or all of them, with an optional message. */
export function RequestFeedback({ course }: { course: MyFeedbackCourse }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [supervisorId, setSupervisorId] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<unknown>(null);
  const create = useCreateFeedbackRequest();
  const cancel = useCancelFeedbackRequest();
  const formId = `ask-${course.courseId}`;

  if (course.supervisors.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('supervision.trainee.noSupervisors')}
      </Text>
    );

  const send = () => {
    setError(null);
    create.mutate(
      { courseId: course.courseId, supervisorId: supervisorId || null, message },
      {
        onSuccess: (r) => {
          setOpen(false);
          setMessage('');
          notifications.show({
            closeButtonProps: { 'aria-label': t('supervision.close') },
            color: 'green',
            message: r.emailed ? t('supervision.trainee.requestSentEmailed') : t('supervision.trainee.requestSent'),
          });
        },
        onError: setError,
      },
    );
  };

  return (
    <Stack gap="sm">
      {course.openRequests.length > 0 && (
        <div>
          <Text fw={600} size="sm">
            {t('supervision.trainee.openRequests')}
          </Text>
          <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {course.openRequests.map((r) => (
              <Group component="li" key={r.id} justify="space-between" gap="xs" data-testid="my-open-request">
                <Text size="sm">
                  {t('supervision.trainee.openRequest', {
                    date: formatDateTimeAsDate(r.createdAt),
                    to: r.supervisor?.name ?? t('supervision.trainee.allSupervisors'),
                  })}
                </Text>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  loading={cancel.isPending && cancel.variables === r.id}
                  onClick={() => cancel.mutate(r.id, { onError: setError })}
                >
                  {t('supervision.trainee.withdraw')}
                </Button>
              </Group>
            ))}
          </Stack>
        </div>
      )}
      {!open ? (
        <Button size="lg" variant="filled" onClick={() => setOpen(true)} data-testid="ask-feedback" fullWidth>
          {t('supervision.trainee.ask')}
        </Button>
      ) : (
        <form
          id={formId}
          onSubmit={(e) => {
            e.preventDefault();
            send();
          }}
          data-testid="ask-feedback-form"
        >
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('supervision.trainee.askHeading')}
            </Title>
            <NativeSelect
              label={t('supervision.fields.supervisor')}
              value={supervisorId}
              onChange={(e) => setSupervisorId(e.currentTarget.value)}
              size="md"
              data={[
                { value: '', label: t('supervision.trainee.allSupervisors') },
                ...course.supervisors.map((s) => ({
                  value: s.id,
                  label: s.isMain ? `${s.name} (${t('supervision.myTrainees.main')})` : s.name,
                })),
              ]}
            />
            <Textarea
              label={t('supervision.fields.message')}
              value={message}
              onChange={(e) => setMessage(e.currentTarget.value)}
              maxLength={1000}
              autosize
              minRows={2}
              size="md"
              error={
                error instanceof ApiError
                  ? error.problem.errors?.find((e) => e.path === 'body.message')?.message
                  : undefined
              }
            />
            <Group grow>
              <Button type="submit" size="md" loading={create.isPending} data-testid="send-request">
                {t('supervision.trainee.sendRequest')}
              </Button>
              <Button size="md" variant="default" onClick={() => setOpen(false)}>
                {t('supervision.trainee.cancelAsk')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {error !== null && (
        <Alert color="red" variant="light" role="alert">
          <Text size="sm">
            {error instanceof ApiError && error.code === 'CONFLICT' ? error.message : errorMessage(error, t)}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}

/** The trainee's start-page block: latest feedback per current course and "Bed om feedback". */
export function TraineeFeedbackSummary() {
  const { t } = useTranslation();
  const { can } = useSession();
  const q = useMyFeedback(can('own-course:read'));
  if (!can('own-course:read')) return null;
  const courses = q.data?.courses ?? [];
  return (
    <Paper
      withBorder
      p={{ base: 'sm', sm: 'lg' }}
      radius="md"
      component="section"
      aria-labelledby="trainee-feedback-heading"
      data-testid="trainee-feedback"
    >
      <Title order={2} size="h3" id="trainee-feedback-heading" mb="sm">
        {t('supervision.trainee.heading')}
      </Title>
      {q.isPending && <PageLoader />}
      {q.isError && <QueryError error={q.error} onRetry={() => void q.refetch()} />}
      {q.isSuccess && courses.length === 0 && <Text>{t('supervision.trainee.noCourse')}</Text>}
      <Stack gap="lg">
        {courses.map((c) => (
          <Stack key={c.courseId} gap="sm">
            {courses.length > 1 && (
              <Text fw={600}>
                {t('supervision.myFeedback.courseHeading', {
                  track: t(`supervision.tracks.${c.track}`),
                  unit: c.unitName,
                })}
              </Text>
            )}
            {c.latestFeedback ? (
              <>
                <Text size="sm" fw={600}>
                  {t('supervision.trainee.latest')}
                </Text>
                <TimelineEntryCard entry={c.latestFeedback} />
              </>
            ) : (
              <Text size="sm">{t('supervision.trainee.none')}</Text>
            )}
            <RequestFeedback course={c} />
          </Stack>
        ))}
        {courses.length > 0 && (
          <Anchor component={Link} to={paths.myFeedback.getHref()} fw={600} data-testid="see-all-feedback">
            {t('supervision.trainee.seeAll')}
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}
