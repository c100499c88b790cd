import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { CourseList } from '@/features/courses/components/course-list';
import { useSession } from '@/lib/auth/use-session';

export function CoursesRoute() {
  const { t } = useTranslation();
  const { can } = useSession();
  usePageTitle(t('courses.pageTitle'));
  return (
    <Stack gap="lg" maw={1100} data-testid="courses-page">
      <div>
        <Title order={1}>{t('courses.title')}</Title>
        <Text mt={4}>{t('courses.intro')}</Text>
      </div>
      {can('courses:manage') && (
        <Group gap="sm">
          <Button component={Link} to={paths.courseNew.getHref()} data-testid="course-new">
            {t('courses.new')}
          </Button>
          <Button component={Link} to={paths.imports.getHref()} variant="light">
            {t('courses.importIntake')}
          </Button>
          <Button component={Link} to={paths.escalationChains.getHref()} variant="light">
            {t('courses.escalationLink')}
          </Button>
        </Group>
      )}
      <CourseList />
    </Stack>
  );
}
