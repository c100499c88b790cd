import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useCourse } from '@/features/courses/api/get-course';
import { CourseForm } from '@/features/courses/components/course-form';

export function CourseEditRoute() {
  const { t } = useTranslation();
  const { courseId = '' } = useParams();
  const query = useCourse(courseId);
  usePageTitle(t('courses.form.editHeading'));
  return (
    <Stack gap="lg" maw={800} data-testid="course-edit-page">
      <Anchor component={Link} to={paths.course.getHref(courseId)} size="sm">
        ← {query.data?.trainee.name ?? t('courses.back')}
      </Anchor>
      <Title order={1}>{t('courses.form.editHeading')}</Title>
      {query.isPending && <PageLoader />}
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {/* Keyed by id only: a refetch in the background must not wipe what is being typed. */}
      {query.data && <CourseForm key={query.data.id} course={query.data} />}
    </Stack>
  );
}
