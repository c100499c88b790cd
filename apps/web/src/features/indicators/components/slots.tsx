import { BarChart } from '@mantine/charts';
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { HOSPITAL_LEVEL_INDICATORS, type IndicatorFigure } from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { TableExport } from '@/components/ui/table-export';
import { paths } from '@/config/paths';
import { useIndicators } from '../api/get-indicators';
import { figureMet, formatShare, formatTarget, formatValue, metText, periodText } from './format';
import { ResponsiveTable } from '@/components/ui/responsive-table';

/**
 * This feature's parts of shared screens. Each returns null when there is nothing to show.
 */

/**
 * On the department dashboard: the department's values on the computed strategy indicators that
 * apply to it (met / not met against the targets of the strategies that cover the department).
 * An indicator applies when a strategy covering the department (the region's or its hospital's)
 * sets a target for it; "X af Y indikatorer opfyldt" counts those that meet all their targets.
 * Hospital-level indicators (supervisors trained, facilitators) show the hospital's value.
 */
export function DepartmentIndicatorsPanel({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const q = useIndicators({ unitId });
  if (q.isPending) return <PageLoader />;
  if (q.error) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  const data = q.data;
  const period = periodText(t, data.from, data.to);
  const rows = data.indicators.map((f) => ({ f, name: t(`indicators.names.${f.key}`), met: figureMet(f) }));
  const applying = rows.filter((r) => r.met !== null);
  const achieved = applying.filter((r) => r.met === true).length;
  const targetText = (f: IndicatorFigure) =>
    f.targets.length === 0
      ? t('indicators.met.none')
      : f.targets.map((x) => `${formatTarget(t, x, f.valueType)} (${x.strategyTitle})`).join('; ');
  const valueText = (f: IndicatorFigure) => {
    const share = formatShare(t, f);
    return `${formatValue(t, f.value, f.valueType)}${share ? ` (${share})` : ''}`;
  };
  const href = (f: IndicatorFigure) => paths.indicatorRecords.getHref(f.key, { unitId, from: data.from, to: data.to });
  const chart = rows
    .filter((r) => r.f.valueType === 'PERCENT' && r.f.value !== null)
    .map((r) => ({ name: r.name, value: r.f.value! }));
  const chartSummary = chart.map((c) => `${c.name} ${c.value.toLocaleString()} %`).join('; ');
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="department-indicators-heading"
      className="print-avoid-break"
      data-testid="department-indicators"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h4" id="department-indicators-heading">
              {t('indicators.panel.heading')}
            </Title>
            <Text size="sm">{t('indicators.panel.intro', { period })}</Text>
          </div>
          <TableExport
            filename={`${t('indicators.panel.exportName')}-${data.unit?.name ?? 'region'}-${data.to}`}
            sheetName={t('indicators.panel.heading')}
            columns={[
              { header: t('indicators.panel.indicator'), value: (r: (typeof rows)[number]) => r.name },
              { header: t('indicators.panel.value'), value: (r) => r.f.value },
              { header: t('indicators.panel.target'), value: (r) => targetText(r.f) },
              { header: t('indicators.panel.status'), value: (r) => metText(t, r.met) },
            ]}
            rows={rows}
          />
        </Group>
        <Text fw={700} fz="lg" data-testid="department-indicators-attainment">
          {applying.length > 0
            ? t('indicators.panel.attainment', { achieved, total: applying.length })
            : t('indicators.panel.noTargets')}
        </Text>
        <ResponsiveTable
          testId="department-indicators-table"
          caption={`${t('indicators.panel.caption')} – ${period}`}
          rows={rows}
          columns={[
            {
              key: 'indicator',
              label: t('indicators.panel.indicator'),
              value: (r) => (
                <>
                  {r.name}
                  {HOSPITAL_LEVEL_INDICATORS.includes(r.f.key) && r.f.measuredFor && r.f.measuredFor.id !== unitId && (
                    <Text size="xs" c="dimmed" component="span" display="block">
                      {t('indicators.measuredForHospital', { name: r.f.measuredFor.name })}
                    </Text>
                  )}
                </>
              ),
            },
            {
              key: 'value',
              label: t('indicators.panel.value'),
              value: (r) => (
                <Anchor component={Link} to={href(r.f)} aria-label={`${r.name}: ${valueText(r.f)}`}>
                  {valueText(r.f)}
                </Anchor>
              ),
            },
            { key: 'target', label: t('indicators.panel.target'), value: (r) => targetText(r.f) },
            {
              key: 'status',
              label: t('indicators.panel.status'),
              value: (r) => (
                <Text component="span" size="sm" fw={r.met === false ? 700 : 400}>
                  {r.met === true ? '✓ ' : r.met === false ? '✗ ' : ''}
                  {metText(t, r.met)}
                </Text>
              ),
            },
          ]}
        />
        {chart.length > 0 && (
          <div>
            <Title order={3} size="h5" mb="xs">
              {t('indicators.panel.chartHeading')}
            </Title>
            <div
              role="img"
              aria-label={t('indicators.panel.chartAlt', { summary: chartSummary })}
              style={{ overflow: 'hidden' }}
            >
              <BarChart
                h={Math.max(160, chart.length * 48)}
                data={chart}
                dataKey="name"
                orientation="vertical"
                yAxisProps={{ width: 180, tick: { fontSize: 11 } }}
                xAxisProps={{ domain: [0, 100] }}
                valueFormatter={(v) => `${v.toLocaleString()} %`}
                series={[{ name: 'value', label: t('indicators.panel.value'), color: 'blue.7' }]}
              />
            </div>
          </div>
        )}
      </Stack>
    </Paper>
  );
}
