import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/auth/use-session';
import { formatDate } from '@/lib/format';
import { useMeeting } from '../api/get-meeting';
import { useMeetings } from '../api/get-meetings';
import { MeetingList } from './meeting-list';
import { ConfirmButton, MeetingPanel } from './meeting-panel';
import { MeetingStatus } from './meeting-status';

/**
 * This feature's parts of shared screens (the start pages, the course page). Each returns null
 * when the feature has nothing to show for the signed-in user.
 */

function MyMeeting({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const meeting = useMeeting(courseId);
  if (meeting.isError) return <QueryError error={meeting.error} onRetry={() => void meeting.refetch()} />;
  const m = meeting.data;
  if (!m) return <PageLoader />;
  return (
    <Stack gap="xs" data-testid="my-meeting" data-course-id={courseId}>
      <Group gap="xs" wrap="wrap">
        <MeetingStatus state={m.state} overdue={m.overdue} />
      </Group>
      {!m.heldOn && <Text>{t('meetings.slot.mineDue', { date: formatDate(m.dueDate) })}</Text>}
      <ConfirmButton meeting={m} />
      <Anchor component={Link} to={paths.expectationMeeting.getHref(courseId)} size="sm">
        {t('meetings.slot.mineLink')}
      </Anchor>
    </Stack>
  );
}

/** On the start page of a trainee (TRAINEE, UKYL, AP-UKYL): my meeting, its due date and the confirm button. */
export function TraineeStartSlot() {
  const { t } = useTranslation();
  const { can, me } = useSession();
  const mine = useMeetings({ state: 'all', pageSize: 5 });
  if (!can('own-course:read')) return null;
  if (mine.isError) return <QueryError error={mine.error} onRetry={() => void mine.refetch()} />;
  const own = mine.data?.items.filter((i) => i.trainee.id === me.user.id) ?? [];
  if (own.length === 0) return null;
  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      radius="md"
      component="section"
      aria-labelledby="my-expectation-meeting-heading"
      data-testid="my-expectation-meeting"
    >
      <Title order={2} size="h3" id="my-expectation-meeting-heading" mb="sm">
        {t('meetings.slot.mine')}
      </Title>
      <Stack gap="md">
        {own.map((i) => (
          <MyMeeting key={i.courseId} courseId={i.courseId} />
        ))}
      </Stack>
    </Paper>
  );
}

function OpenMeetings({ heading, testId }: { heading: string; testId: string }) {
  const { t } = useTranslation();
  const open = useMeetings({ state: 'open', pageSize: 5 });
  const overdue = useMeetings({ state: 'overdue', pageSize: 1 });
  const held = useMeetings({ state: 'held', pageSize: 1 });
  const id = `${testId}-heading`;
  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      radius="md"
      component="section"
      aria-labelledby={id}
      data-testid={testId}
    >
      <Title order={2} size="h3" id={id} mb="sm">
        {heading}
      </Title>
      {open.isPending && <PageLoader />}
      {open.isError && <QueryError error={open.error} onRetry={() => void open.refetch()} />}
      {open.data && (
        <Stack gap="sm">
          <Group gap="md">
            {(overdue.data?.total ?? 0) > 0 && (
              <Text fw={600} c="#a51d1d">
                {t('meetings.slot.overdueCount', { count: overdue.data?.total })}
              </Text>
            )}
            {(held.data?.total ?? 0) > 0 && <Text>{t('meetings.slot.awaiting', { count: held.data?.total })}</Text>}
          </Group>
          {open.data.items.length === 0 ? (
            <Text>{t('meetings.slot.none')}</Text>
          ) : (
            <MeetingList items={open.data.items} compact />
          )}
          <Anchor component={Link} to={paths.expectationMeetings.getHref()} size="sm">
            {t('meetings.slot.all')}
          </Anchor>
        </Stack>
      )}
    </Paper>
  );
}

/** On the start page of a supervisor (SUPERVISOR, and UAO/UKS who supervise too). */
export function SupervisorStartSlot() {
  const { t } = useTranslation();
  const { can, activeAssignment } = useSession();
  // On the UAO's and UKS's start page the department's list (which includes their own trainees) is shown instead.
  const role = activeAssignment?.role;
  if (!can('supervision:write') || role === 'UAO' || role === 'UKS') return null;
  return <OpenMeetings heading={t('meetings.slot.supervisorHeading')} testId="supervisor-expectation-meetings" />;
}

/** On the start page of the department's UAO, UKS and cheflæge. */
export function DepartmentStartSlot() {
  const { t } = useTranslation();
  const { can } = useSession();
  if (!can('courses:read')) return null;
  return <OpenMeetings heading={t('meetings.slot.departmentHeading')} testId="department-expectation-meetings" />;
}

/** A section of the course page (/courses/:courseId). */
export function CoursePanel({ courseId }: { courseId: string }) {
  return <MeetingPanel courseId={courseId} />;
}
