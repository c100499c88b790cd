import { Anchor, Stack, Text, Title } from '@mantine/core';
import { localRoleSchema } from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '@/components/errors/not-found-page';
import { usePageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { useLocal } from '@/features/function-descriptions/api/get-local';
import { LocalEditor } from '@/features/function-descriptions/components/local-editor';

export function LocalFunctionDescriptionRoute() {
  const { t } = useTranslation();
  const { unitId = '', role: roleParam } = useParams();
  const role = localRoleSchema.safeParse(roleParam);
  usePageTitle(t('functionDescriptions.local.pageTitle'));
  if (!role.success) return <NotFoundPage />;
  return <Inner unitId={unitId} role={role.data} />;
}

function Inner({ unitId, role }: { unitId: string; role: 'UAO' | 'UKS' | 'UKYL' | 'AP_UKYL' }) {
  const { t } = useTranslation();
  const local = useLocal(unitId, role);
  return (
    <Stack gap="lg" maw={1100} data-testid="local-fd-page">
      <Anchor component={Link} to={paths.functionDescriptions.getHref()}>
        {t('functionDescriptions.backToOverview')}
      </Anchor>
      <div>
        <Title order={1}>
          {t('functionDescriptions.local.heading', { role: t(`functionDescriptions.roles.${role}`) })}
        </Title>
        {local.data && <Text size="lg">{local.data.unit.name}</Text>}
      </div>
      <LocalEditor unitId={unitId} role={role} />
    </Stack>
  );
}
