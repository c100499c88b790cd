import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/ui/page-title';
import { ImportScreen } from '@/features/imports/components/import-screen';

export function ImportsRoute() {
  const { t } = useTranslation();
  usePageTitle(t('imports.pageTitle'));
  return (
    <Stack gap="lg" maw={1200} data-testid="imports-page">
      <Title order={1}>{t('imports.heading')}</Title>
      <Text maw={720}>{t('imports.intro')}</Text>
      <ImportScreen />
    </Stack>
  );
}
