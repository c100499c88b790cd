import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '@/components/ui/page-title';
import { AnnualReport } from '@/features/cme-groups/components/annual-report';
import { CmeNav } from '@/features/cme-groups/components/shared';

export function CmeAnnualReportRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : new Date().getFullYear();
  usePageTitle(t('cmeGroups.report.title', { year }));
  return (
    <Stack gap="lg" maw={1100} data-testid="cme-annual-report-page">
      <div>
        <Title order={1}>{t('cmeGroups.report.title', { year })}</Title>
        <Text mt={4}>{t('cmeGroups.report.intro')}</Text>
      </div>
      <CmeNav />
      <AnnualReport year={year} onYear={(y) => setParams({ year: String(y) })} />
    </Stack>
  );
}
