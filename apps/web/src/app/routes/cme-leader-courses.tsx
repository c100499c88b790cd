import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/ui/page-title';
import { LeaderCourses } from '@/features/cme-groups/components/leader-courses';
import { CmeNav } from '@/features/cme-groups/components/shared';

export function CmeLeaderCoursesRoute() {
  const { t } = useTranslation();
  usePageTitle(t('cmeGroups.leaders.title'));
  return (
    <Stack gap="lg" maw={1100} data-testid="cme-leader-courses-page">
      <div>
        <Title order={1}>{t('cmeGroups.leaders.title')}</Title>
        <Text mt={4}>{t('cmeGroups.leaders.intro')}</Text>
      </div>
      <CmeNav />
      <LeaderCourses />
    </Stack>
  );
}
