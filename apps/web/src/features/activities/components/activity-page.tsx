import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Fact, Facts } from '@/components/ui/facts';
import { PageLoader } from '@/components/ui/page-loader';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useActivity } from '../api/get-activity';
import { AttendanceChecklist } from './attendance';
import { FollowUps } from './follow-ups';
import { activityDates, STATE_COLORS } from './format';
import { Registrations } from './registrations';
import { VisitReport } from './visit-report';

/** One activity: details, registrations and waitlist, attendance, and a visit's report and follow-ups. */
export function ActivityPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useActivity(id);
  const a = query.data;
  usePageTitle(a?.title ?? t('activities.pageTitle'));

  return (
    <Stack gap="lg" maw={1100} data-testid="activity-page">
      <Group gap="lg" wrap="wrap">
        <Anchor component={Link} to={paths.activities.getHref()} size="sm">
          ← {t('activities.back')}
        </Anchor>
        {a?.kind === 'DEPARTMENT_VISIT' && a.hospital?.kind === 'GP_AREA' && (
          // An AMU's visit to a department in GP training: back to the area's due list.
          <Anchor
            component={Link}
            to={paths.gpAreaVisits.getHref(a.hospital.id)}
            size="sm"
            data-testid="back-to-visits"
          >
            ← {t('activities.backToGpVisits')}
          </Anchor>
        )}
      </Group>
      {query.isPending && <PageLoader />}
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {a && (
        <>
          <div>
            <Text size="sm" fw={600} c="dimmed" tt="uppercase" lts={0.5}>
              {t(`activities.kinds.${a.kind}`)}
            </Text>
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
              <Title order={1} style={{ overflowWrap: 'anywhere' }}>
                {a.title}
              </Title>
              <Button component={Link} to={paths.activityEdit.getHref(a.id)} variant="light">
                {t('activities.detail.edit')}
              </Button>
            </Group>
            <Badge color={STATE_COLORS[a.state]} variant="filled" mt="xs" data-testid="activity-state">
              {t(`activities.states.${a.state}`)}
            </Badge>
          </div>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="details-heading">
            <Title order={2} size="h4" id="details-heading" mb="xs">
              {t('activities.detail.details')}
            </Title>
            <Facts>
              <Fact label={t('activities.fields.when')}>{activityDates(a)}</Fact>
              {a.place && <Fact label={t('activities.fields.place')}>{a.place}</Fact>}
              <Fact label={t('activities.fields.audience')}>{t(`activities.audiences.${a.audience}`)}</Fact>
              <Fact
                label={
                  a.hospital?.kind === 'GP_AREA' ? t('activities.fields.organiser') : t('activities.fields.hospital')
                }
              >
                {a.hospital?.name ?? t('activities.fields.regionWide')}
              </Fact>
              {a.department && <Fact label={t('activities.fields.department')}>{a.department.name}</Fact>}
              <Fact label={t('activities.fields.seats')}>{a.capacity ?? t('activities.fields.unlimited')}</Fact>
            </Facts>
            {a.description && (
              <Text mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {a.description}
              </Text>
            )}
          </Paper>
          {a.kind === 'DEPARTMENT_VISIT' && (
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
              <VisitReport key={`report-${a.id}`} activity={a} />
              <FollowUps activity={a} />
            </SimpleGrid>
          )}
          <Registrations activity={a} />
          <AttendanceChecklist key={a.registrations.map((r) => `${r.id}:${r.status}`).join(',')} activity={a} />
        </>
      )}
    </Stack>
  );
}
