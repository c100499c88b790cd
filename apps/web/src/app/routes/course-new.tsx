import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { CourseForm } from '@/features/courses/components/course-form';

export function CourseNewRoute() {
  const { t } = useTranslation();
  usePageTitle(t('courses.form.newHeading'));
  return (
    <Stack gap="lg" maw={800} data-testid="course-new-page">
      <Anchor component={Link} to={paths.courses.getHref()} size="sm">
        ← {t('courses.back')}
      </Anchor>
      <Title order={1}>{t('courses.form.newHeading')}</Title>
      <CourseForm course={null} />
    </Stack>
  );
}
