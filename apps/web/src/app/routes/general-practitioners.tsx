import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/ui/page-title';
import { GpRegister } from '@/features/cme-groups/components/gp-register';
import { CmeNav } from '@/features/cme-groups/components/shared';
import { useSession } from '@/lib/auth/use-session';

export function GeneralPractitionersRoute() {
  const { t } = useTranslation();
  const { me } = useSession();
  usePageTitle(t('cmeGroups.register.title'));
  return (
    <Stack gap="lg" maw={1100} data-testid="gp-register-page">
      <div>
        <Title order={1}>{t('cmeGroups.register.title')}</Title>
        <Text mt={4}>{t('cmeGroups.register.intro')}</Text>
      </div>
      {me.permissions.includes('cme-groups:manage') && <CmeNav />}
      <GpRegister />
    </Stack>
  );
}
