import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/ui/page-title';
import { CoverageSection } from '@/features/cme-groups/components/coverage-section';
import { GroupList } from '@/features/cme-groups/components/group-list';
import { CmeNav } from '@/features/cme-groups/components/shared';

export function CmeGroupsRoute() {
  const { t } = useTranslation();
  usePageTitle(t('cmeGroups.title'));
  return (
    <Stack gap="xl" maw={1100} data-testid="cme-groups-page">
      <div>
        <Title order={1}>{t('cmeGroups.title')}</Title>
        <Text mt={4}>{t('cmeGroups.intro')}</Text>
      </div>
      <CmeNav />
      <CoverageSection />
      <GroupList />
    </Stack>
  );
}
