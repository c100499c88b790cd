import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/auth/use-session';
import { useDepartmentProgress } from '../api/get-department-progress';
import { useMyProgress } from '../api/get-my-progress';
import { CourseCompetencesSection } from './course-competences';
import { TrackProgress } from './department-progress';
import { EducationPlanSection } from './education-plan';
import { OfficialApprovalNote } from './official-note';
import { ProgressBar } from './progress';

/**
 * This feature's parts of shared screens (the start pages, the course page). Each returns null
 * when the feature has nothing to show for the signed-in user.
 */

/** On the start page of a trainee (TRAINEE, UKYL, AP-UKYL): my progress, the plan, uddannelseslæge.dk. */
export function TraineeStartSlot() {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const q = useMyProgress(can('own-course:read'));
  if (!can('own-course:read')) return null;
  const own = q.data?.filter((c) => c.trainee.id === me.user.id) ?? [];
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="my-competences-heading">
      <Title order={2} size="h3" id="my-competences-heading" mb="sm">
        {t('competences.trainee.heading')}
      </Title>
      {q.isPending && <PageLoader />}
      {q.error && <QueryError error={q.error} onRetry={() => void q.refetch()} />}
      <Stack gap="md">
        {own.map((c) => (
          <Stack key={c.courseId} gap="xs">
            {own.length > 1 && <Text fw={600}>{t(`competences.tracks.${c.track}`)}</Text>}
            {c.total > 0 ? (
              <ProgressBar counts={c} testId="my-progress" />
            ) : (
              <Text size="sm">{t('competences.progress.noList')}</Text>
            )}
            <Anchor component={Link} to={paths.competenceCourse.getHref(c.courseId)} fw={600}>
              {t('competences.trainee.open')}
            </Anchor>
          </Stack>
        ))}
        {q.data && <OfficialApprovalNote />}
      </Stack>
    </Paper>
  );
}

/** On the start page of a supervisor: the supervised trainees' progress, each linking to the course. */
export function SupervisorStartSlot() {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const q = useMyProgress(can('supervision:write'));
  if (!can('supervision:write')) return null;
  const theirs = q.data?.filter((c) => c.trainee.id !== me.user.id) ?? [];
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="trainee-competences-heading">
      <Title order={2} size="h3" id="trainee-competences-heading" mb="sm">
        {t('competences.supervisor.heading')}
      </Title>
      {q.isPending && <PageLoader />}
      {q.error && <QueryError error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && theirs.length === 0 && <Text>{t('competences.supervisor.empty')}</Text>}
      <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }} data-testid="supervised-progress">
        {theirs.map((c) => (
          <li key={c.courseId}>
            <Anchor component={Link} to={paths.competenceCourse.getHref(c.courseId)} fw={600}>
              {t('competences.supervisor.open', { name: c.trainee.name })}
            </Anchor>
            <Text size="sm" c="dimmed">
              {t(`competences.tracks.${c.track}`)}
              {c.specialty ? ` · ${c.specialty}` : ''}
            </Text>
            {c.total > 0 && <ProgressBar counts={c} />}
          </li>
        ))}
      </Stack>
    </Paper>
  );
}

/** On the start page of the department's UAO, UKS and cheflæge: progress per track, chart and table. */
export function DepartmentStartSlot() {
  const { t } = useTranslation();
  const { activeAssignment, can } = useSession();
  const unit = activeAssignment?.unit?.kind === 'DEPARTMENT' ? activeAssignment.unit : null;
  const enabled = unit !== null && can('courses:read');
  const q = useDepartmentProgress(enabled ? unit.id : null);
  if (!enabled) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="department-competences-heading">
      <Title order={2} size="h3" id="department-competences-heading" mb="sm">
        {t('competences.department.heading')}
      </Title>
      {q.isPending && <PageLoader />}
      {q.error && <QueryError error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && (
        <Stack gap="sm">
          <TrackProgress data={q.data} />
          <Anchor component={Link} to={paths.competenceProgress.getHref(unit.id)} fw={600}>
            {t('competences.department.more')}
          </Anchor>
        </Stack>
      )}
    </Paper>
  );
}

/** A section of the course page (/courses/:courseId): the education plan and the competences. */
export function CoursePanel({ courseId }: { courseId: string }) {
  return (
    <Stack gap="md" data-testid="competences-course-panel">
      <EducationPlanSection courseId={courseId} />
      <CourseCompetencesSection courseId={courseId} />
    </Stack>
  );
}
