import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/ui/page-title';
import { EarlyWarnings } from '@/features/difficulty-cases/components/early-warnings';

/** Early-warning signals of the caller's trainees (UAO of the department, hovedvejleder). */
export function EarlyWarningsRoute() {
  const { t } = useTranslation();
  usePageTitle(t('difficultyCases.warnings.title'));
  return (
    <Stack gap="lg" maw={900} data-testid="early-warnings-page">
      <div>
        <Title order={1}>{t('difficultyCases.warnings.title')}</Title>
        <Text mt={4}>{t('difficultyCases.warnings.intro')}</Text>
      </div>
      <EarlyWarnings />
    </Stack>
  );
}
