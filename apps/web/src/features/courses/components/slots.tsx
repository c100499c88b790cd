import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Fact, Facts } from '@/components/ui/facts';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/auth/use-session';
import { formatDate } from '@/lib/format';
import { useCourses } from '../api/get-courses';
import { useMyCourses } from '../api/get-my-courses';
import { useMyEscalationChains } from '../api/get-my-escalation-chains';
import { EscalationChainView } from './escalation-chain-view';
import { coursePeriod, STATE_COLORS } from './format';

/**
 * This feature's parts of shared screens (the start pages, the course page). Each returns null
 * when the feature has nothing to show for the signed-in user.
 */

/** The trainee's current (or next) course as a card linking to the course page. */
export function MyCourseCard() {
  const { t } = useTranslation();
  const mine = useMyCourses();
  if (mine.isError) return <QueryError error={mine.error} onRetry={() => void mine.refetch()} />;
  if (!mine.data) return null;
  // The current course first, then the coming ones by start date.
  const active = mine.data
    .filter((c) => c.state === 'current' || c.state === 'upcoming')
    .sort((a, b) => (a.state === b.state ? a.startDate.localeCompare(b.startDate) : a.state === 'current' ? -1 : 1));
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="my-course-heading"
      data-testid="my-course"
    >
      <Title order={2} size="h4" id="my-course-heading" mb="xs">
        {t('courses.my.heading')}
      </Title>
      {active.length === 0 && <Text size="sm">{t('courses.my.none')}</Text>}
      <Stack gap="md">
        {active.map((c) => (
          <div key={c.id}>
            <Group gap="xs" wrap="wrap">
              <Text fw={600}>
                {t(`courses.tracks.${c.track}`)}
                {c.specialty ? `, ${c.specialty.name}` : ''}
              </Text>
              <Badge color={STATE_COLORS[c.state]} variant="filled">
                {t(`courses.states.${c.state}`)}
              </Badge>
            </Group>
            <Facts>
              <Fact label={t('courses.fields.unit')}>{c.unit.name}</Fact>
              <Fact label={t('courses.fields.period')}>{coursePeriod(c)}</Fact>
              <Fact label={t('courses.fields.mainSupervisor')}>
                {c.mainSupervisor?.name ?? t('courses.fields.noMain')}
              </Fact>
              <Fact label={t('courses.fields.due')}>{formatDate(c.expectationMeetingDue)}</Fact>
            </Facts>
            <Button component={Link} to={paths.course.getHref(c.id)} variant="light" size="sm" mt="xs">
              {t('courses.my.open')}
            </Button>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}

/** The escalation chains of the trainee's current courses. */
export function MyEscalationChains() {
  const chains = useMyEscalationChains();
  if (chains.isError) return <QueryError error={chains.error} onRetry={() => void chains.refetch()} />;
  if (!chains.data || chains.data.length === 0) return null;
  return (
    <>
      {chains.data.map((c) => (
        <EscalationChainView key={c.courseId} chain={c} showUnit={chains.data.length > 1} />
      ))}
    </>
  );
}

/** On the start page of a trainee (TRAINEE, UKYL, AP-UKYL). */
export function TraineeStartSlot() {
  const { can } = useSession();
  if (!can('own-course:read')) return null;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
      <MyCourseCard />
      <MyEscalationChains />
    </SimpleGrid>
  );
}

/** On the start page of a supervisor: the supervision feature lists the trainees. */
export function SupervisorStartSlot() {
  return null;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** On the start page of the department's UAO, UKS and cheflæge: courses now and arrivals soon. */
export function DepartmentStartSlot() {
  const { t } = useTranslation();
  const { can } = useSession();
  const allowed = can('courses:read');
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  const current = useCourses({ state: 'current', pageSize: 1 }, allowed);
  const arrivals = useCourses({ startFrom: addDays(today, 1), startTo: addDays(today, 56), pageSize: 1 }, allowed);
  if (!allowed) return null;
  const error = current.error ?? arrivals.error;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="dept-courses-heading"
      data-testid="dept-courses"
    >
      <Title order={2} size="h4" id="dept-courses-heading" mb="xs">
        {t('courses.dept.heading')}
      </Title>
      {error && <QueryError error={error} />}
      <SimpleGrid cols={2} spacing="md">
        <div>
          <Text size="xl" fw={700} data-testid="dept-current">
            {current.data?.total ?? '…'}
          </Text>
          <Text size="sm">{t('courses.dept.current')}</Text>
        </div>
        <div>
          <Text size="xl" fw={700} data-testid="dept-arrivals">
            {arrivals.data?.total ?? '…'}
          </Text>
          <Text size="sm">{t('courses.dept.arrivals')}</Text>
        </div>
      </SimpleGrid>
      <Anchor component={Link} to={paths.courses.getHref()} size="sm" mt="sm" display="inline-block">
        {t('courses.dept.link')}
      </Anchor>
    </Paper>
  );
}

/** A section of the course page (/courses/:courseId): the course feature renders the page itself. */
export function CoursePanel(_props: { courseId: string }) {
  return null;
}
