import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
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
          <Anchor component={Link} to={paths.functionDescriptionTemplates.getHref()}>
            {t('functionDescriptions.templates.link')}
          </Anchor>
          <OverviewMatrix />
        </>
      ) : null}
      <HandoverList />
    </Stack>
  );
}
