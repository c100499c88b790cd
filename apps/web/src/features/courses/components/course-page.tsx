import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { CourseDetail } from '@portal/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Fact, Facts } from '@/components/ui/facts';
import { PageLoader } from '@/components/ui/page-loader';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/auth/use-session';
import { errorMessage } from '@/lib/error-message';
import { formatDate } from '@/lib/format';
import { CoursePanel as MeetingsCoursePanel } from '@/features/expectation-meetings/components/slots';
import { CoursePanel as SupervisionCoursePanel } from '@/features/supervision/components/slots';
import { CoursePanel as CompetencesCoursePanel } from '@/features/competences/components/slots';
import { useCancelCourse } from '../api/cancel-course';
import { useCourse } from '../api/get-course';
import { coursePeriod, STATE_COLORS } from './format';
import { PlacementsSection } from './placements-section';
import { SupervisorsSection } from './supervisors-section';

function CancelCourse({ course }: { course: CourseDetail }) {
  const { t } = useTranslation();
  const cancel = useCancelCourse();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button variant="outline" color="red" onClick={() => setAsking(true)}>
        {t('courses.page.cancel')}
      </Button>
    );
  }
  return (
    <Alert color="red" variant="light" role="alertdialog" aria-labelledby="cancel-q" w="100%">
      <Text size="sm" id="cancel-q">
        {t('courses.page.cancelConfirm')}
      </Text>
      {cancel.isError && (
        <Text size="sm" c="red.9" role="alert">
          {errorMessage(cancel.error, t)}
        </Text>
      )}
      <Group mt="sm" gap="sm">
        <Button
          color="red"
          loading={cancel.isPending}
          onClick={() =>
            void cancel.mutateAsync({ id: course.id, version: course.version }).then(() => setAsking(false))
          }
          data-testid="cancel-confirm"
        >
          {t('courses.page.cancelYes')}
        </Button>
        <Button variant="default" onClick={() => setAsking(false)}>
          {t('courses.page.cancelNo')}
        </Button>
      </Group>
    </Alert>
  );
}

/** One course: header facts, supervisors and placements, then the course features' panels. */
export function CoursePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const query = useCourse(id);
  const c = query.data;
  usePageTitle(c ? `${c.trainee.name} – ${t('courses.pageTitle')}` : t('courses.pageTitle'));
  const manager = !!c && c.myRelations.includes('manager') && c.state !== 'cancelled';

  return (
    <Stack gap="lg" maw={1100} data-testid="course-page">
      {can('courses:read') && (
        <Anchor component={Link} to={paths.courses.getHref()} size="sm">
          ← {t('courses.back')}
        </Anchor>
      )}
      {query.isPending && <PageLoader />}
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {c && (
        <>
          <div>
            <Text size="sm" fw={600} c="dimmed" tt="uppercase" lts={0.5}>
              {t(`courses.tracks.${c.track}`)}
            </Text>
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
              <Title order={1} style={{ overflowWrap: 'anywhere' }} data-testid="course-trainee">
                {c.trainee.name}
              </Title>
              {manager && (
                <Button component={Link} to={paths.courseEdit.getHref(c.id)} variant="light">
                  {t('courses.page.edit')}
                </Button>
              )}
            </Group>
            <Badge color={STATE_COLORS[c.state]} variant="filled" mt="xs" data-testid="course-state">
              {t(`courses.states.${c.state}`)}
            </Badge>
          </div>
          {c.state === 'cancelled' && (
            <Alert color="gray" variant="light">
              {t('courses.page.cancelled')}
            </Alert>
          )}
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="course-details-heading">
            <Title order={2} size="h4" id="course-details-heading" mb="xs">
              {t('courses.page.details')}
            </Title>
            <Facts data-testid="course-facts">
              <Fact label={t('courses.fields.unit')}>
                {c.unitParent ? `${c.unitParent} / ${c.unit.name}` : c.unit.name}
              </Fact>
              <Fact label={t('courses.fields.track')}>{t(`courses.tracks.${c.track}`)}</Fact>
              {c.specialty && <Fact label={t('courses.fields.specialty')}>{c.specialty.name}</Fact>}
              <Fact label={t('courses.fields.period')}>{coursePeriod(c)}</Fact>
              <Fact label={t('courses.fields.mainSupervisor')}>
                {c.mainSupervisor?.name ?? t('courses.fields.noMain')}
              </Fact>
              {c.supervisors.some((s) => !s.isMain) && (
                <Fact label={t('courses.fields.supervisors')}>
                  {c.supervisors
                    .filter((s) => !s.isMain)
                    .map((s) => s.name)
                    .join(', ')}
                </Fact>
              )}
              <Fact label={t('courses.fields.due')} testId="course-due">
                <Text span fw={600}>
                  {formatDate(c.expectationMeetingDue)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('courses.page.dueHelp')}
                </Text>
              </Fact>
            </Facts>
          </Paper>
          {manager && <SupervisorsSection course={c} />}
          {(manager || c.placements.length > 0) && <PlacementsSection course={c} manager={manager} />}
          {manager && <CancelCourse course={c} />}
          <MeetingsCoursePanel courseId={c.id} />
          <SupervisionCoursePanel courseId={c.id} />
          <CompetencesCoursePanel courseId={c.id} />
        </>
      )}
    </Stack>
  );
}
