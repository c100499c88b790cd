import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { formatDate, formatDateTimeAsDate } from '@/lib/format';
import { useFeedbackRequest } from '@/features/supervision/api/feedback-requests';
import { useFeedbackContext } from '@/features/supervision/api/get-feedback-context';
import { useMyFeedback } from '@/features/supervision/api/get-my-feedback';
import { FeedbackForm } from '@/features/supervision/components/feedback-form';
import { MyTraineesSection } from '@/features/supervision/components/my-trainees';
import { SupervisionForm } from '@/features/supervision/components/supervision-form';
import { CourseTimelineList } from '@/features/supervision/components/timeline';
import { RequestFeedback } from '@/features/supervision/components/trainee-feedback';

function BackToTrainees() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={paths.myTrainees.getHref()} size="sm">
      ← {t('supervision.course.back')}
    </Anchor>
  );
}

/** /supervision: "Mine uddannelseslæger" on a page of its own. */
export function MyTraineesRoute() {
  const { t } = useTranslation();
  usePageTitle(t('supervision.myTrainees.heading'));
  return (
    <Stack gap="lg" maw={800} data-testid="my-trainees-page">
      <MyTraineesSection headingLevel={1} />
    </Stack>
  );
}

/** /supervision/courses/:courseId: one trainee's course for a supervisor (or another doctor). */
export function SupervisionCourseRoute() {
  const { t } = useTranslation();
  const { courseId = '' } = useParams();
  const ctx = useFeedbackContext(courseId);
  usePageTitle(ctx.data ? ctx.data.trainee.name : t('supervision.course.title'));
  return (
    <Stack gap="lg" maw={800} data-testid="supervision-course-page">
      <BackToTrainees />
      {ctx.isPending && <PageLoader />}
      {ctx.isError && <QueryError error={ctx.error} onRetry={() => void ctx.refetch()} />}
      {ctx.data && (
        <>
          <div>
            <Title order={1}>{ctx.data.trainee.name}</Title>
            <Text c="dimmed">
              {t(`supervision.tracks.${ctx.data.track}`)} · {ctx.data.unitName}
            </Text>
          </div>
          {ctx.data.openRequests.length > 0 && (
            <Paper withBorder radius="md" p="md" component="section" aria-labelledby="requests-heading">
              <Title order={2} size="h4" id="requests-heading" mb="xs">
                {t('supervision.course.openRequests')}
              </Title>
              <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {ctx.data.openRequests.map((r) => (
                  <Group component="li" key={r.id} justify="space-between" gap="xs" data-testid="open-request">
                    <div>
                      <Text size="sm">
                        {t('supervision.course.requestFrom', {
                          name: ctx.data.trainee.name,
                          date: formatDateTimeAsDate(r.createdAt),
                        })}
                      </Text>
                      {r.message && (
                        <Text size="sm" c="dimmed">
                          {t('supervision.request.message', { message: r.message })}
                        </Text>
                      )}
                    </div>
                    <Button component={Link} to={paths.feedbackNew.getHref(courseId, r.id)} size="sm">
                      {t('supervision.course.answer')}
                    </Button>
                  </Group>
                ))}
              </Stack>
            </Paper>
          )}
          <Group grow wrap="wrap">
            <Button
              component={Link}
              to={paths.feedbackNew.getHref(courseId)}
              size="lg"
              data-testid="course-give-feedback"
            >
              {t('supervision.course.giveFeedback')}
            </Button>
            {ctx.data.relation === 'SUPERVISOR' && (
              <Button
                component={Link}
                to={paths.supervisionNew.getHref(courseId)}
                size="lg"
                variant="outline"
                data-testid="course-add-supervision"
              >
                {t('supervision.course.addSupervision')}
              </Button>
            )}
          </Group>
          <CourseTimelineList courseId={courseId} />
        </>
      )}
    </Stack>
  );
}

/** /feedback/new/:courseId(?request=…): the feedback entry. */
export function FeedbackNewRoute() {
  const { t } = useTranslation();
  const { courseId = '' } = useParams();
  const [search] = useSearchParams();
  const ctx = useFeedbackContext(courseId);
  usePageTitle(t('supervision.feedbackForm.heading'));
  const requestParam = search.get('request');
  const request = ctx.data?.openRequests.find((r) => r.id === requestParam) ?? null;
  return (
    <Stack gap="md" maw={720} data-testid="feedback-new-page">
      <Anchor component={Link} to={paths.supervisionCourse.getHref(courseId)} size="sm">
        ← {ctx.data?.trainee.name ?? t('supervision.course.back')}
      </Anchor>
      <Title order={1}>{t('supervision.feedbackForm.heading')}</Title>
      {ctx.isPending && <PageLoader />}
      {ctx.isError && <QueryError error={ctx.error} onRetry={() => void ctx.refetch()} />}
      {ctx.data && (
        <FeedbackForm courseId={courseId} traineeName={ctx.data.trainee.name} requestId={request?.id ?? null} />
      )}
    </Stack>
  );
}

/** /feedback/requests/:requestId: the link e-mailed to the supervisor opens the entry pre-filled. */
export function FeedbackRequestRoute() {
  const { t } = useTranslation();
  const { requestId = '' } = useParams();
  const req = useFeedbackRequest(requestId);
  usePageTitle(t('supervision.request.title'));
  return (
    <Stack gap="md" maw={720} data-testid="feedback-request-page">
      <BackToTrainees />
      <Title order={1}>{t('supervision.feedbackForm.heading')}</Title>
      {req.isPending && <PageLoader />}
      {req.isError && <QueryError error={req.error} onRetry={() => void req.refetch()} />}
      {req.data && req.data.state !== 'OPEN' && (
        <Alert color="gray" variant="light">
          <Text size="sm">{t('supervision.request.closed')}</Text>
          <Anchor component={Link} to={paths.supervisionCourse.getHref(req.data.courseId)} size="sm">
            {req.data.trainee.name}
          </Anchor>
        </Alert>
      )}
      {req.data && req.data.state === 'OPEN' && (
        <>
          {req.data.message && (
            <Text size="sm" c="dimmed">
              {t('supervision.request.message', { message: req.data.message })}
            </Text>
          )}
          <FeedbackForm
            courseId={req.data.courseId}
            traineeName={req.data.trainee.name}
            requestId={req.data.id}
            requesterName={req.data.trainee.name}
          />
        </>
      )}
    </Stack>
  );
}

/** /supervision/courses/:courseId/new-supervision */
export function SupervisionNewRoute() {
  const { t } = useTranslation();
  const { courseId = '' } = useParams();
  const ctx = useFeedbackContext(courseId);
  usePageTitle(t('supervision.supervisionForm.heading'));
  return (
    <Stack gap="md" maw={720} data-testid="supervision-new-page">
      <Anchor component={Link} to={paths.supervisionCourse.getHref(courseId)} size="sm">
        ← {ctx.data?.trainee.name ?? t('supervision.course.back')}
      </Anchor>
      <Title order={1}>{t('supervision.supervisionForm.heading')}</Title>
      {ctx.isPending && <PageLoader />}
      {ctx.isError && <QueryError error={ctx.error} onRetry={() => void ctx.refetch()} />}
      {ctx.data && (
        <SupervisionForm courseId={courseId} traineeName={ctx.data.trainee.name} competences={ctx.data.competences} />
      )}
    </Stack>
  );
}

/** /my-feedback: the trainee's supervision and feedback over time, per current course. */
export function MyFeedbackRoute() {
  const { t } = useTranslation();
  const q = useMyFeedback();
  usePageTitle(t('supervision.myFeedback.title'));
  return (
    <Stack gap="lg" maw={800} data-testid="my-feedback-page">
      <div>
        <Title order={1}>{t('supervision.myFeedback.title')}</Title>
        <Text c="dimmed">{t('supervision.myFeedback.intro')}</Text>
      </div>
      {q.isPending && <PageLoader />}
      {q.isError && <QueryError error={q.error} onRetry={() => void q.refetch()} />}
      {q.isSuccess && q.data.courses.length === 0 && <Text>{t('supervision.trainee.noCourse')}</Text>}
      {q.data?.courses.map((c) => (
        <Stack key={c.courseId} gap="md" component="section" aria-labelledby={`course-${c.courseId}`}>
          <div>
            <Title order={2} id={`course-${c.courseId}`}>
              {t('supervision.myFeedback.courseHeading', {
                track: t(`supervision.tracks.${c.track}`),
                unit: c.unitName,
              })}
            </Title>
            <Text size="sm" c="dimmed">
              {t('supervision.myFeedback.period', { start: formatDate(c.startDate), end: formatDate(c.endDate) })}
            </Text>
          </div>
          <RequestFeedback course={c} />
          <CourseTimelineList courseId={c.courseId} headingLevel={3} />
        </Stack>
      ))}
    </Stack>
  );
}
