import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/auth/use-session';
import { useMyMeetings } from '../api/get-my-meetings';
import { meetingIcsHref } from '../api/keys';
import { formatMeetingTime } from '../format';

/**
 * The signed-in user's upcoming meetings in the bodies they are a member of, for the start page.
 * Shows nothing for users who hold no membership with an upcoming meeting.
 */
export function MyUpcomingMeetings() {
  const { t } = useTranslation();
  const { can } = useSession();
  const meetings = useMyMeetings();
  if (!can('education-bodies:read')) return null;
  if (meetings.isError) return <QueryError error={meetings.error} onRetry={() => void meetings.refetch()} />;
  if (!meetings.data || meetings.data.length === 0) return null;
  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      radius="md"
      component="section"
      aria-labelledby="my-meetings-heading"
      data-testid="my-upcoming-meetings"
    >
      <Title order={2} size="h3" id="my-meetings-heading" mb="sm">
        {t('bodies.my.heading')}
      </Title>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {meetings.data.slice(0, 5).map((m) => (
          <li key={m.id}>
            <Anchor component={Link} to={paths.educationMeeting.getHref(m.id)} fw={600}>
              {m.body.name} – {m.body.unit.name}
            </Anchor>
            <Text size="sm">
              {formatMeetingTime(m.startsAt, m.endsAt)}
              {m.place ? ` · ${m.place}` : ''}
            </Text>
            <Anchor
              href={meetingIcsHref(m.id)}
              download
              size="sm"
              aria-label={`${t('bodies.meeting.downloadIcs')}: ${m.body.name} – ${m.body.unit.name}`}
            >
              {t('bodies.meeting.downloadIcs')}
            </Anchor>
          </li>
        ))}
      </Stack>
      <Anchor component={Link} to={paths.educationBodies.getHref()} size="sm" mt="md" display="inline-block">
        {t('bodies.my.all')}
      </Anchor>
    </Paper>
  );
}
