import { Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { todayInDenmark } from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { usePageTitle } from '@/components/ui/page-title';
import { useDepartmentWellbeing } from '@/features/wellbeing/api/get-department-wellbeing';
import { useWellbeingOverview } from '@/features/wellbeing/api/get-wellbeing-overview';
import { MeetingsAndEvents, MonthFigures, OverviewTable } from '@/features/wellbeing/components/department-wellbeing';
import { useSession } from '@/lib/auth/use-session';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 7);
}

/** Department well-being: aggregates of defusings (never under 5 answers), meetings and shared days. */
export function WellbeingRoute() {
  const { t } = useTranslation();
  usePageTitle(t('wellbeing.dept.pageTitle'));
  const { activeAssignment } = useSession();
  const [params, setParams] = useSearchParams();
  const thisMonth = todayInDenmark().slice(0, 7);
  const to = MONTH.test(params.get('to') ?? '') ? params.get('to')! : thisMonth;
  const fromParam = params.get('from') ?? '';
  const from = MONTH.test(fromParam) && fromParam <= to ? fromParam : addMonths(to, -5);
  const overview = useWellbeingOverview(from, to);
  const items = overview.data?.items ?? [];
  const own = activeAssignment?.unit?.kind === 'DEPARTMENT' ? activeAssignment.unit.id : null;
  const unitId = params.get('unitId') ?? own ?? (items.length === 1 ? items[0]!.unit.id : null);
  const dept = useDepartmentWellbeing(unitId, from, to);

  const set = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next);
  };

  return (
    <Stack gap="lg" maw={1100} data-testid="wellbeing-page">
      <div>
        <Title order={1}>{t('wellbeing.dept.pageTitle')}</Title>
        <Text mt={4}>{t('wellbeing.dept.intro')}</Text>
      </div>
      <Group align="flex-end" wrap="wrap" gap="sm">
        <NativeSelect
          label={t('wellbeing.dept.unit')}
          value={unitId ?? ''}
          onChange={(e) => set({ unitId: e.currentTarget.value || null })}
          data={[
            { value: '', label: t('wellbeing.dept.chooseUnit'), disabled: true },
            ...items.map((i) => ({
              value: i.unit.id,
              label: i.hospital ? `${i.hospital.name} · ${i.unit.name}` : i.unit.name,
            })),
          ]}
          miw={240}
          style={{ flex: '1 1 280px' }}
          data-testid="wellbeing-unit"
        />
        <TextInput
          type="month"
          label={t('wellbeing.dept.from')}
          value={from}
          max={to}
          onChange={(e) => set({ from: e.currentTarget.value || null })}
          w={170}
          data-testid="wellbeing-from"
        />
        <TextInput
          type="month"
          label={t('wellbeing.dept.to')}
          value={to}
          max={thisMonth}
          onChange={(e) => set({ to: e.currentTarget.value || null })}
          w={170}
          data-testid="wellbeing-to"
        />
      </Group>
      {overview.error && <QueryError error={overview.error} onRetry={() => void overview.refetch()} />}
      {unitId && dept.isPending && <PageLoader />}
      {dept.error && <QueryError error={dept.error} onRetry={() => void dept.refetch()} />}
      {dept.data && !dept.error && (
        <>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="months-heading">
            <Title order={2} size="h4" id="months-heading" mb="sm">
              {t('wellbeing.dept.monthsTitle', { unit: dept.data.unit.name })}
            </Title>
            <MonthFigures data={dept.data} />
          </Paper>
          <MeetingsAndEvents data={dept.data} />
        </>
      )}
      {overview.data && items.length > 1 && (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="overview-heading">
          <Title order={2} size="h4" id="overview-heading" mb="sm">
            {t('wellbeing.overview.title')}
          </Title>
          <Text size="sm" mb="sm">
            {t('wellbeing.overview.intro')}
          </Text>
          <OverviewTable data={overview.data} />
        </Paper>
      )}
    </Stack>
  );
}
