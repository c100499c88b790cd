import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { TemplatePanel } from '@/features/function-descriptions/components/template-panel';
import { useSession } from '@/lib/auth/use-session';

export function FunctionDescriptionTemplatesRoute() {
  const { t } = useTranslation();
  usePageTitle(t('functionDescriptions.templates.pageTitle'));
  const { me } = useSession();
  // Region templates are written tenant-wide only (the API decides again).
  const canWrite = me.assignments.some((a) => a.role === 'TENANT_ADMIN' && a.inForce);
  return (
    <Stack gap="lg" maw={1100} data-testid="fd-templates-page">
      <Anchor component={Link} to={paths.functionDescriptions.getHref()}>
        {t('functionDescriptions.backToOverview')}
      </Anchor>
      <Title order={1}>{t('functionDescriptions.templates.heading')}</Title>
      <Text>{t('functionDescriptions.templates.intro')}</Text>
      <TemplatePanel canWrite={canWrite} />
    </Stack>
  );
}
