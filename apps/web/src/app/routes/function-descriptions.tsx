import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/ui/page-title';
import { HandoverList } from '@/features/function-descriptions/components/handover-list';
import { OverviewMatrix } from '@/features/function-descriptions/components/overview-matrix';
import { useSession } from '@/lib/auth/use-session';

/** Local function descriptions: status per department × role, and open handovers. */
export function FunctionDescriptionsRoute() {
  const { t } = useTranslation();
  usePageTitle(t('functionDescriptions.pageTitle'));
  const { me } = useSession();
  const canRead = me.permissions.includes('function-descriptions:read');
  return (
    <Stack gap="lg" maw={1100} data-testid="fd-page">
      <Title order={1}>{t('functionDescriptions.heading')}</Title>
      {canRead ? (
        <>
          <Text>{t('functionDescriptions.intro')}</Text>
          <OverviewMatrix />
        </>
      ) : null}
      <HandoverList />
    </Stack>
  );
}
