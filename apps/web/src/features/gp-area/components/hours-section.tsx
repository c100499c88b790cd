import { BarChart } from '@mantine/charts';
import { Alert, Button, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import type { GpAreaOverview, GpCoordinatorHours, GpHoursSummary } from '@portal/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { ResponsiveTable, type Column } from '@/components/ui/responsive-table';
import { TableExport, type ExportColumn } from '@/components/ui/table-export';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { useHoursSummary } from '../api/get-hours-summary';
import { useSetAllotment } from '../api/set-allotment';
import { fmtHours } from './labels';
import { TimeLog } from './time-log';

type KindRow = GpHoursSummary['byKind'][number];

/** Allotted hours per coordinator, the summary per activity kind (chart and table) and the time log. */
export function HoursSection({ overview }: { overview: GpAreaOverview }) {
  const { t, i18n } = useTranslation();
  const areaId = overview.area.id;
  const year = overview.year;
  const summary = useHoursSummary(areaId, year);
  const h = (n: number) => fmtHours(n, i18n.language);
  const coordinatorColumns: Column<GpCoordinatorHours>[] = [
    { key: 'name', label: t('gpArea.hours.coordinator'), value: (c) => c.name },
    {
      key: 'allotted',
      label: t('gpArea.hours.allotted'),
      value: (c) => (c.allotted === null ? t('gpArea.hours.notSet') : h(c.allotted)),
      align: 'right',
    },
    { key: 'logged', label: t('gpArea.hours.logged'), value: (c) => h(c.logged), align: 'right' },
    {
      key: 'left',
      label: t('gpArea.hours.remaining'),
      value: (c) => (c.allotted === null ? '–' : h(c.allotted - c.logged)),
      align: 'right',
    },
  ];
  const kindColumns: Column<KindRow>[] = [
    { key: 'kind', label: t('gpArea.hours.kind'), value: (r) => t(`gpArea.kinds.${r.kind}`) },
    { key: 'hours', label: t('gpArea.hours.hours'), value: (r) => h(r.hours), align: 'right' },
    { key: 'entries', label: t('gpArea.hours.entries'), value: (r) => r.entries, align: 'right' },
  ];
  const exportColumns: ExportColumn<KindRow>[] = [
    { header: t('gpArea.hours.kind'), value: (r) => t(`gpArea.kinds.${r.kind}`) },
    { header: t('gpArea.hours.hours'), value: (r) => r.hours },
    { header: t('gpArea.hours.entries'), value: (r) => r.entries },
  ];
  return (
    <Stack gap="md" component="section" aria-labelledby="gp-hours-heading" data-testid="gp-hours">
      <Title order={2} size="h3" id="gp-hours-heading">
        {t('gpArea.hours.heading', { year })}
      </Title>
      {overview.coordinators.length === 0 ? (
        <Text c="dimmed">{t('gpArea.hours.noCoordinators')}</Text>
      ) : (
        <ResponsiveTable
          rows={overview.coordinators}
          columns={coordinatorColumns}
          caption={t('gpArea.hours.coordinatorsCaption', { year })}
          testId="gp-coordinators"
        />
      )}
      {overview.canSetAllotments &&
        overview.coordinators.map((c) => <AllotmentForm key={c.userId} areaId={areaId} year={year} c={c} />)}
      <Title order={3} size="h4">
        {t('gpArea.hours.summaryHeading', { year })}
      </Title>
      {summary.isPending && <PageLoader />}
      {summary.error && <QueryError error={summary.error} onRetry={() => void summary.refetch()} />}
      {summary.data && (
        <>
          <Text data-testid="gp-hours-total">
            {t('gpArea.hours.total', { logged: h(summary.data.logged), allotted: h(summary.data.allotted) })}
          </Text>
          <figure style={{ margin: 0 }} data-testid="gp-hours-chart">
            <div
              role="img"
              aria-label={t('gpArea.hours.chartAlt', {
                logged: h(summary.data.logged),
                allotted: h(summary.data.allotted),
              })}
            >
              <BarChart
                h={Math.max(200, summary.data.byKind.length * 34)}
                data={summary.data.byKind.map((k) => ({ label: t(`gpArea.kinds.${k.kind}`), hours: k.hours }))}
                dataKey="label"
                orientation="vertical"
                yAxisProps={{ width: 130, tick: { fontSize: 11 } }}
                series={[{ name: 'hours', label: t('gpArea.hours.hours'), color: 'blue.7' }]}
                withBarValueLabel
              />
            </div>
            <Text component="figcaption" size="xs" c="dimmed" mt={4}>
              {t('gpArea.hours.chartCaption')}
            </Text>
          </figure>
          <ResponsiveTable
            rows={summary.data.byKind}
            columns={kindColumns}
            caption={t('gpArea.hours.summaryCaption', { year })}
            testId="gp-hours-table"
          />
          <div className="no-print">
            <TableExport
              filename={`timer-${overview.area.name.toLowerCase().replace(/[^a-z0-9æøå]+/g, '-')}-${year}`}
              sheetName={t('gpArea.hours.sheet', { year })}
              columns={exportColumns}
              rows={summary.data.byKind}
            />
          </div>
        </>
      )}
      <TimeLog areaId={areaId} year={year} canLog={overview.isCoordinator} />
    </Stack>
  );
}

/** The administrator sets a coordinator's allotted hours for the year. */
function AllotmentForm({ areaId, year, c }: { areaId: string; year: number; c: GpCoordinatorHours }) {
  const { t } = useTranslation();
  const save = useSetAllotment(areaId);
  const [hours, setHours] = useState<number | string>(c.allotted ?? '');
  const [done, setDone] = useState(false);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setDone(false);
        save.mutate(
          { userId: c.userId, body: { year, hours: Number(hours), version: c.version } },
          { onSuccess: () => setDone(true) },
        );
      }}
    >
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NumberInput
          label={t('gpArea.hours.setAllotment', { name: c.name, year })}
          min={0}
          max={5000}
          allowDecimal={false}
          value={hours}
          onChange={setHours}
          w={260}
          error={isApiError(save.error, 'VALIDATION_FAILED') ? save.error.problem.errors?.[0]?.message : undefined}
        />
        <Button type="submit" loading={save.isPending}>
          {t('gpArea.hours.saveAllotment')}
        </Button>
      </Group>
      {done && (
        <Text size="sm" c="#236b32" role="status">
          {t('gpArea.hours.allotmentSaved')}
        </Text>
      )}
      {save.error && !isApiError(save.error, 'VALIDATION_FAILED') && (
        <Alert color="red" variant="light" role="alert" mt="xs">
          {isApiError(save.error, 'CONFLICT') ? t('gpArea.hours.allotmentConflict') : errorMessage(save.error, t)}
        </Alert>
      )}
    </form>
  );
}
