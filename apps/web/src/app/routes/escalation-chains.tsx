import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/ui/page-title';
import { EscalationChainEditor } from '@/features/courses/components/escalation-chain-editor';

export function EscalationChainsRoute() {
  const { t } = useTranslation();
  usePageTitle(t('courses.editor.pageTitle'));
  return (
    <Stack gap="lg" maw={900} data-testid="escalation-chains-page">
      <div>
        <Title order={1}>{t('courses.editor.title')}</Title>
        <Text mt={4}>{t('courses.editor.intro')}</Text>
      </div>
      <EscalationChainEditor />
    </Stack>
  );
}
