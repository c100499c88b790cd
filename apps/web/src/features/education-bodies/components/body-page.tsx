import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { BodyDetail } from '@portal/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Fact, Facts } from '@/components/ui/facts';
import { PageLoader } from '@/components/ui/page-loader';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useEducationBody } from '../api/get-education-body';
import { bodyIcsHref } from '../api/keys';
import { formatMeetingTime, formatShortDate } from '../format';
import { BodySettingsForm } from './body-settings-form';
import { BodyStatusBadge } from './body-status-badge';
import { MeetingForm } from './meeting-form';
import { MembersSection } from './members-section';

const MEETING_COLORS = { PLANNED: 'blue.9', HELD: '#236b32', CANCELLED: 'gray.7' } as const;

function Meetings({ body }: { body: BodyDetail }) {
  const { t } = useTranslation();
  const [planning, setPlanning] = useState(false);
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby="meetings-heading">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h3" id="meetings-heading">
          {t('bodies.body.meetings')}
        </Title>
        {body.canManage && !planning && (
          <Button size="sm" onClick={() => setPlanning(true)} data-testid="plan-meeting">
            {t('bodies.body.planMeeting')}
          </Button>
        )}
      </Group>
      {planning && (
        <Paper withBorder p="sm" mb="md" radius="md">
          <MeetingForm bodyId={body.id} kind={body.kind} onDone={() => setPlanning(false)} />
        </Paper>
      )}
      {body.meetings.length === 0 ? (
        <Text>{t('bodies.body.noMeetings')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {body.meetings.map((m) => (
            <li key={m.id} data-testid="meeting-row">
              <Group gap="xs" wrap="wrap">
                <Anchor component={Link} to={paths.educationMeeting.getHref(m.id)} fw={600}>
                  {formatMeetingTime(m.startsAt, m.endsAt)}
                </Anchor>
                <Badge color={MEETING_COLORS[m.status]} variant="filled" radius="sm" tt="none">
                  {t(`bodies.meetingStatus.${m.status}`)}
                </Badge>
              </Group>
              <Text size="sm">
                {[m.place, m.openActionItems > 0 ? t('bodies.body.openActions', { count: m.openActionItems }) : null]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </li>
          ))}
        </Stack>
      )}
      <Anchor href={bodyIcsHref(body.id)} download mt="md" display="inline-block" size="sm">
        {t('bodies.body.downloadIcs')}
      </Anchor>
    </Paper>
  );
}

/** One body: status, cadence, kommissorium, members and meetings. */
export function BodyPage({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const body = useEducationBody(bodyId);
  const [editing, setEditing] = useState(false);
  usePageTitle(body.data ? `${body.data.name} – ${body.data.unit.name}` : t('bodies.title'));

  if (body.isPending) return <PageLoader />;
  if (body.isError) return <QueryError error={body.error} onRetry={() => void body.refetch()} />;
  const b = body.data;
  const fnList = b.missingFunctions.map((f) => t(`bodies.functions.${f}`)).join(', ');

  return (
    <Stack gap="lg" maw={1100} data-testid="body-page">
      <div>
        <Anchor component={Link} to={paths.educationBodies.getHref()} size="sm">
          {t('bodies.body.back')}
        </Anchor>
        <Text size="sm" fw={600} c="dimmed" tt="uppercase" lts={0.5} mt="xs">
          {t(`bodies.kinds.${b.kind}`)}
        </Text>
        <Title order={1}>
          {b.name} – {b.unit.name}
        </Title>
      </div>
      {!b.canManage && (
        <Alert color="blue" variant="light">
          {t('bodies.body.readOnly')}
        </Alert>
      )}
      {b.missingFunctions.length > 0 && (
        <Alert color="#9a3412" variant="light" title={t('bodies.body.missingTitle')} data-testid="missing-functions">
          {t('bodies.body.missingText', { list: fnList })}
        </Alert>
      )}
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby="status-heading">
        <Title order={2} size="h3" id="status-heading" mb="sm">
          {t('bodies.body.status')}
        </Title>
        <Facts>
          <Fact label={t('bodies.body.status')}>
            <Stack gap={2} align="flex-start">
              <BodyStatusBadge status={b.status} />
              <Text size="sm" data-testid="status-detail">
                {b.status.overdueSince
                  ? t('bodies.list.overdueSince', { date: formatShortDate(b.status.overdueSince) })
                  : t('bodies.list.dueBy', { date: formatShortDate(b.status.dueBy) })}
              </Text>
            </Stack>
          </Fact>
          <Fact label={t('bodies.body.cadence')}>
            {t(`bodies.cadence.${b.cadence.unit}`, { count: b.cadence.value })}
          </Fact>
          <Fact label={t('bodies.list.lastHeld')}>
            {b.status.lastHeldAt ? formatMeetingTime(b.status.lastHeldAt) : t('bodies.list.none')}
          </Fact>
          <Fact label={t('bodies.list.nextPlanned')}>
            {b.status.nextPlannedAt ? formatMeetingTime(b.status.nextPlannedAt) : t('bodies.list.none')}
          </Fact>
        </Facts>
        <Text size="sm" c="dimmed" mt="sm">
          {t('bodies.cadence.graceNote')}
        </Text>
      </Paper>

      <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby="tor-heading">
        <Group justify="space-between" mb="sm" wrap="wrap">
          <Title order={2} size="h3" id="tor-heading">
            {t('bodies.body.termsOfReference')}
          </Title>
          {b.canManage && !editing && (
            <Button
              size="sm"
              variant="light"
              h="auto"
              py={6}
              styles={{ label: { whiteSpace: 'normal' } }}
              onClick={() => setEditing(true)}
            >
              {t('bodies.body.edit')}
            </Button>
          )}
        </Group>
        {editing ? (
          <BodySettingsForm body={b} onDone={() => setEditing(false)} />
        ) : (
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="terms-of-reference">
            {b.termsOfReference || t('bodies.body.noTermsOfReference')}
          </Text>
        )}
      </Paper>

      <MembersSection body={b} />
      <Meetings body={b} />
    </Stack>
  );
}
