import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/ui/page-title';
import { TalkRequestList } from '@/features/wellbeing/components/talk-requests';

/** Requests for a follow-up talk addressed to the signed-in supervisor, UAO or UKS. */
export function TalkRequestsRoute() {
  const { t } = useTranslation();
  usePageTitle(t('wellbeing.talks.pageTitle'));
  return (
    <Stack gap="lg" maw={760} data-testid="talk-requests-page">
      <div>
        <Title order={1}>{t('wellbeing.talks.pageTitle')}</Title>
        <Text mt={4}>{t('wellbeing.talks.intro')}</Text>
      </div>
      <TalkRequestList />
    </Stack>
  );
}
