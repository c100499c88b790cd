import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/ui/page-title';
import { MyCourseCard, MyEscalationChains } from '@/features/courses/components/slots';

export function MyCourseRoute() {
  const { t } = useTranslation();
  usePageTitle(t('courses.my.pageTitle'));
  return (
    <Stack gap="lg" maw={800} data-testid="my-course-page">
      <Title order={1}>{t('courses.my.pageTitle')}</Title>
      <MyCourseCard />
      <MyEscalationChains />
    </Stack>
  );
}
