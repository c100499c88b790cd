import { BarChart } from '@mantine/charts';
import { Anchor, NativeSelect, Stack } from '@mantine/core';
import type { HospitalComparison, HospitalComparisonRow } from '@portal/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { fmtInt, fmtNum, fmtPct } from './format';
import { ChartFigure, DashboardSection } from './section';

type Measure = Exclude<keyof HospitalComparisonRow, 'unit'>;

const MEASURES: readonly Measure[] = [
  'traineesNow',
  'meetingsOverdue',
  'onTimeRate12Months',
  'feedbackPerTrainee4Weeks',
  'withoutFeedback4Weeks',
  'competencePercent',
  'bodiesWorking',
  'localFdsApproved',
  'newHoldersWithoutMentor',
  'openDifficultyCases',
];
const PERCENT: readonly Measure[] = ['onTimeRate12Months', 'competencePercent'];

/** The value of a measure as a number for the chart (yes = 1, no = 0, none = 0). */
function numeric(r: HospitalComparisonRow, m: Measure): number {
  const v = r[m];
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v ?? 0;
}

/** A hospital's open departments side by side: a table of every measure and a chart of one. */
export function HospitalComparisonView({ data }: { data: HospitalComparison }) {
  const { t } = useTranslation();
  const [measure, setMeasure] = useState<Measure>('onTimeRate12Months');
  const yesNo = (v: boolean | null) =>
    v === null
      ? t('departmentDashboard.hospital.noBodies')
      : v
        ? t('departmentDashboard.yes')
        : t('departmentDashboard.no');
  const show = (r: HospitalComparisonRow, m: Measure): string => {
    const v = r[m];
    if (m === 'bodiesWorking') return yesNo(r.bodiesWorking);
    if (PERCENT.includes(m)) return fmtPct(v as number | null);
    if (m === 'feedbackPerTrainee4Weeks') return fmtNum(r.feedbackPerTrainee4Weeks);
    if (m === 'localFdsApproved') return `${fmtInt(r.localFdsApproved)}/3`;
    return fmtInt(v as number);
  };
  const label = (m: Measure) => t(`departmentDashboard.hospital.measures.${m}`);
  const columns: DataColumn<HospitalComparisonRow>[] = [
    {
      key: 'unit',
      header: t('departmentDashboard.hospital.department'),
      value: (r) => r.unit.name,
      display: (r) => (
        <Anchor component={Link} to={paths.departmentDashboardUnit.getHref(r.unit.id)}>
          {r.unit.name}
        </Anchor>
      ),
    },
    ...MEASURES.map((m): DataColumn<HospitalComparisonRow> => ({
      key: m,
      header: label(m),
      value: (r) => (m === 'bodiesWorking' ? yesNo(r.bodiesWorking) : (r[m] as number | null)),
      display: (r) => show(r, m),
      numeric: m !== 'bodiesWorking',
    })),
  ];
  const chartRows = data.rows.map((r) => ({ label: r.unit.name, value: numeric(r, measure) }));
  const summary = data.rows.map((r) => `${r.unit.name}: ${show(r, measure)}`).join('; ');
  const slug = data.hospital.name.toLowerCase().replace(/[^a-z0-9æøå]+/g, '-');

  return (
    <Stack gap="lg" data-testid="hospital-comparison">
      <DashboardSection
        id="comparison"
        title={t('departmentDashboard.hospital.tableTitle')}
        intro={t('departmentDashboard.hospital.tableIntro')}
      >
        <DataTable
          testId="comparison-table"
          caption={t('departmentDashboard.hospital.caption', { hospital: data.hospital.name })}
          filename={`afdelinger-${slug}-${data.asOf}`}
          sheetName={t('departmentDashboard.hospital.tableTitle')}
          rows={data.rows}
          empty={t('departmentDashboard.hospital.noDepartments')}
          columns={columns}
          minWidth={1100}
        />
      </DashboardSection>
      <DashboardSection id="measure" title={t('departmentDashboard.hospital.chartTitle')}>
        <NativeSelect
          className="no-print"
          label={t('departmentDashboard.hospital.measure')}
          maw={420}
          value={measure}
          onChange={(e) => setMeasure(e.currentTarget.value as Measure)}
          data={MEASURES.map((m) => ({ value: m, label: label(m) }))}
          data-testid="measure-select"
        />
        <ChartFigure
          testId="measure-chart"
          label={t('departmentDashboard.hospital.chartAlt', { measure: label(measure), summary })}
        >
          <BarChart
            h={Math.max(160, chartRows.length * 36)}
            data={chartRows}
            dataKey="label"
            orientation="vertical"
            yAxisProps={{ width: 150, tick: { fontSize: 11 } }}
            xAxisProps={PERCENT.includes(measure) ? { domain: [0, 100] } : undefined}
            series={[{ name: 'value', label: label(measure), color: 'blue.7' }]}
            withBarValueLabel
          />
        </ChartFigure>
      </DashboardSection>
    </Stack>
  );
}
