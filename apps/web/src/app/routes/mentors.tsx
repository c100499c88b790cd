import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/ui/page-title';
import { MentorPanel } from '@/features/function-descriptions/components/mentor-panel';

export function MentorsRoute() {
  const { t } = useTranslation();
  usePageTitle(t('functionDescriptions.mentors.pageTitle'));
  return (
    <Stack gap="lg" maw={1100} data-testid="mentors-page">
      <Title order={1}>{t('functionDescriptions.mentors.heading')}</Title>
      <Text>{t('functionDescriptions.mentors.intro')}</Text>
      <MentorPanel />
    </Stack>
  );
}
