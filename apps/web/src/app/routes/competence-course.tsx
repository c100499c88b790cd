import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QueryError } from '@/components/ui/query-error';
import { usePageTitle } from '@/components/ui/page-title';
import { useCourseCompetences } from '@/features/competences/api/get-course-competences';
import { OfficialApprovalNote } from '@/features/competences/components/official-note';
import { CoursePanel } from '@/features/competences/components/slots';
import { formatDate } from '@/lib/format';

/** A course's education plan and competences (also shown as a panel on the course page). */
export function CompetenceCourseRoute() {
  const { t } = useTranslation();
  const { courseId = '' } = useParams();
  const q = useCourseCompetences(courseId);
  usePageTitle(t('competences.course.pageTitle'));
  if (q.error) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  const c = q.data?.course;
  return (
    <Stack gap="lg" maw={900} data-testid="competence-course-page">
      <div>
        <Title order={1}>{t('competences.course.pageTitle')}</Title>
        {c && (
          <Text mt={4} data-testid="course-heading">
            {t('competences.course.courseOf', { name: c.trainee.name, track: t(`competences.tracks.${c.track}`) })}
            {c.specialty ? ` (${c.specialty})` : ''} ·{' '}
            {t('competences.course.period', { start: formatDate(c.startDate), end: formatDate(c.endDate) })}
          </Text>
        )}
      </div>
      <OfficialApprovalNote />
      <CoursePanel courseId={courseId} />
    </Stack>
  );
}
