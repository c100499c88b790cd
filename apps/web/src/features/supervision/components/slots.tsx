import { Button, Group, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/auth/use-session';
import { feedbackContextQueryOptions } from '../api/get-feedback-context';
import { MyTraineesSection } from './my-trainees';
import { CourseTimelineList } from './timeline';
import { TraineeFeedbackSummary } from './trainee-feedback';

/**
 * This feature's parts of shared screens (the start pages, the course page). Each returns null
 * when the feature has nothing to show for the signed-in user.
 */

/** On the start page of a trainee (TRAINEE, UKYL, AP-UKYL): latest feedback and "Bed om feedback". */
export function TraineeStartSlot() {
  return <TraineeFeedbackSummary />;
}

/**
 * On the start page of a supervisor (SUPERVISOR, and UAO/UKS who supervise too): "Mine
 * uddannelseslæger". UAO/UKS who supervise no one see nothing here.
 */
export function SupervisorStartSlot() {
  const { activeRole } = useSession();
  return <MyTraineesSection hideWhenEmpty={activeRole !== 'SUPERVISOR'} />;
}

/** On the start page of the department's UAO, UKS and cheflæge. */
export function DepartmentStartSlot() {
  return null;
}

/** A section of the course page (/courses/:courseId): the buttons to add, and the timeline. */
export function CoursePanel({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const { can } = useSession();
  // What the caller may add here: a course supervisor gives feedback and records supervision;
  // another doctor of the department gives feedback only; anyone else sees the timeline.
  const context = useQuery({
    ...feedbackContextQueryOptions(courseId),
    enabled: can('supervision:write'),
    retry: false,
  });
  const relation = context.data?.relation;
  return (
    <Stack gap="md" data-testid="supervision-course-panel">
      {relation && (
        <Group grow wrap="wrap">
          <Button component={Link} to={paths.feedbackNew.getHref(courseId)} size="md" data-testid="panel-give-feedback">
            {t('supervision.course.giveFeedback')}
          </Button>
          {relation === 'SUPERVISOR' && (
            <Button
              component={Link}
              to={paths.supervisionNew.getHref(courseId)}
              size="md"
              variant="outline"
              data-testid="panel-add-supervision"
            >
              {t('supervision.course.addSupervision')}
            </Button>
          )}
        </Group>
      )}
      <CourseTimelineList courseId={courseId} />
    </Stack>
  );
}
