import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { MeetingDetail, MeetingStatus } from '@portal/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Fact, Facts } from '@/components/ui/facts';
import { PageLoader } from '@/components/ui/page-loader';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { useMeeting } from '../api/get-meeting';
import { meetingIcsHref } from '../api/keys';
import { useSetMeetingStatus } from '../api/set-meeting-status';
import { formatMeetingTime } from '../format';
import { ActionItems } from './action-items';
import { AttendanceForm } from './attendance-form';
import { MeetingDetailsForm } from './meeting-details-form';
import { MinutesEditor } from './minutes-editor';

const STATUS_COLORS = { PLANNED: 'blue.9', HELD: '#236b32', CANCELLED: 'gray.7' } as const;

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function StatusButtons({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const set = useSetMeetingStatus(meeting.id);
  const change = (status: MeetingStatus) => set.mutate({ status, version: meeting.version });
  return (
    <Stack gap="xs">
      {set.isError && (
        <Alert color="red" variant="light" role="alert">
          {isApiError(set.error, 'CONFLICT') ? t('bodies.meeting.conflict') : errorMessage(set.error, t)}
        </Alert>
      )}
      <Group gap="sm" wrap="wrap">
        {meeting.status !== 'HELD' && (
          <Button color="#236b32" onClick={() => change('HELD')} loading={set.isPending} data-testid="mark-held">
            {t('bodies.meeting.markHeld')}
          </Button>
        )}
        {meeting.status === 'PLANNED' && (
          <Button variant="default" onClick={() => change('CANCELLED')} loading={set.isPending}>
            {t('bodies.meeting.cancelMeeting')}
          </Button>
        )}
        {meeting.status !== 'PLANNED' && (
          <Button variant="default" onClick={() => change('PLANNED')} loading={set.isPending}>
            {t('bodies.meeting.reopen')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** One meeting: time and place, agenda (standing items marked), attendance, minutes, action items. */
export function MeetingPage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const meeting = useMeeting(meetingId);
  const [editing, setEditing] = useState(false);
  const m = meeting.data;
  usePageTitle(m ? t('bodies.meeting.heading', { body: `${m.body.name} – ${m.body.unit.name}` }) : t('bodies.title'));

  if (meeting.isPending) return <PageLoader />;
  if (meeting.isError || !m) return <QueryError error={meeting.error} onRetry={() => void meeting.refetch()} />;
  const bodyName = `${m.body.name} – ${m.body.unit.name}`;

  return (
    <Stack gap="lg" maw={1100} data-testid="meeting-page">
      <div>
        <Anchor component={Link} to={paths.educationBody.getHref(m.body.id)} size="sm">
          {t('bodies.meeting.back', { body: bodyName })}
        </Anchor>
        <Title order={1} mt="xs">
          {t('bodies.meeting.heading', { body: bodyName })}
        </Title>
      </div>

      <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md">
        <Facts>
          <Fact label={t('bodies.meeting.when')}>{formatMeetingTime(m.startsAt, m.endsAt)}</Fact>
          <Fact label={t('bodies.meeting.place')}>{m.place || '–'}</Fact>
          <Fact label={t('bodies.meeting.status')}>
            <Badge color={STATUS_COLORS[m.status]} variant="filled" radius="sm" tt="none" data-testid="meeting-status">
              {t(`bodies.meetingStatus.${m.status}`)}
            </Badge>
          </Fact>
        </Facts>
        <Group mt="md" gap="md" wrap="wrap">
          <Anchor href={meetingIcsHref(m.id)} download size="sm" data-testid="meeting-ics">
            {t('bodies.meeting.downloadIcs')}
          </Anchor>
          {m.canManage && !editing && (
            <Button
              size="xs"
              variant="light"
              h="auto"
              py={6}
              styles={{ label: { whiteSpace: 'normal' } }}
              onClick={() => setEditing(true)}
            >
              {t('bodies.meeting.editDetails')}
            </Button>
          )}
        </Group>
        {editing && (
          <Paper withBorder p="sm" mt="md" radius="md">
            <MeetingDetailsForm meeting={m} onDone={() => setEditing(false)} />
          </Paper>
        )}
        {m.canManage && (
          <Stack mt="md">
            <StatusButtons meeting={m} />
          </Stack>
        )}
      </Paper>

      <Section id="agenda-heading" title={t('bodies.meeting.agenda')}>
        {m.agenda.length === 0 ? (
          <Text>{t('bodies.meeting.noAgenda')}</Text>
        ) : (
          <Stack component="ol" gap="xs" pl="lg" m={0}>
            {m.agenda.map((a) => (
              <li key={a.id} data-testid="agenda-item">
                <Group gap="xs" wrap="wrap">
                  <Text>{a.title}</Text>
                  {a.standing && (
                    <Badge color="violet.9" variant="filled" radius="sm" tt="none" data-testid="standing-badge">
                      {t('bodies.meeting.standing')}
                    </Badge>
                  )}
                </Group>
              </li>
            ))}
          </Stack>
        )}
      </Section>

      <Section id="attendance-heading" title={t('bodies.meeting.attendanceHeading')}>
        <AttendanceForm key={m.id} meeting={m} />
      </Section>

      <Section id="minutes-heading" title={t('bodies.meeting.minutesHeading')}>
        {m.canManage ? (
          <MinutesEditor key={m.id} meeting={m} />
        ) : (
          <Stack gap="xs">
            <Text fw={600}>{t('bodies.meeting.minutes')}</Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{m.minutes || t('bodies.meeting.noMinutes')}</Text>
            <Text fw={600}>{t('bodies.meeting.decisions')}</Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{m.decisions || t('bodies.meeting.noDecisions')}</Text>
          </Stack>
        )}
      </Section>

      <Section id="actions-heading" title={t('bodies.meeting.actionsHeading')}>
        <ActionItems meeting={m} />
      </Section>
    </Stack>
  );
}
