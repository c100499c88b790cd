import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '@/components/ui/page-title';
import { DepartmentIndicatorsPanel } from '@/features/indicators/components/slots';
import { useSession } from '@/lib/auth/use-session';

/**
 * A unit's values on the computed strategy indicators: the department dashboard's panel on a page
 * of its own (`?unitId=`, default the active role's unit).
 */
export function IndicatorsRoute() {
  const { t } = useTranslation();
  const { activeAssignment } = useSession();
  const [params] = useSearchParams();
  usePageTitle(t('indicators.title'));
  const unitId = params.get('unitId') ?? activeAssignment?.unit?.id ?? null;
  return (
    <Stack gap="lg" maw={1100} data-testid="indicators-page">
      <Title order={1}>{t('indicators.title')}</Title>
      {unitId ? <DepartmentIndicatorsPanel unitId={unitId} /> : <Text>{t('indicators.chooseUnit')}</Text>}
    </Stack>
  );
}
