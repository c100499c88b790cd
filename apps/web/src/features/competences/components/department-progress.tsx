import { BarChart } from '@mantine/charts';
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import type { CompetenceProgress, ProgressCounts } from '@portal/contracts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ResponsiveTable, type Column } from '@/components/ui/responsive-table';
import { paths } from '@/config/paths';
import { ProgressBar, STATUS_COLORS } from './progress';

const share = (n: number, total: number) => (total === 0 ? 0 : Math.round((n / total) * 1000) / 10);
const pctText = (n: number, total: number) => (total === 0 ? '–' : `${share(n, total).toLocaleString()} %`);

function shareColumns<R extends ProgressCounts>(t: TFunction): Column<R>[] {
  return [
    { key: 'approved', label: t('competences.department.approvedShare'), value: (r) => pctText(r.approved, r.total) },
    { key: 'assessed', label: t('competences.department.assessedShare'), value: (r) => pctText(r.assessed, r.total) },
    {
      key: 'inProgress',
      label: t('competences.department.inProgressShare'),
      value: (r) => pctText(r.inProgress, r.total),
    },
    {
      key: 'notStarted',
      label: t('competences.department.notStartedShare'),
      value: (r) => pctText(r.notStarted, r.total),
    },
  ];
}

/** Per track: a stacked bar chart of the shares and the same numbers as a table. */
export function TrackProgress({ data }: { data: CompetenceProgress }) {
  const { t } = useTranslation();
  const rows = data.byTrack.map((r) => ({
    ...r,
    label: t(`competences.tracks.${r.track}`),
    approvedPct: share(r.approved, r.total),
    assessedPct: share(r.assessed, r.total),
    inProgressPct: share(r.inProgress, r.total),
    notStartedPct: share(r.notStarted, r.total),
  }));
  const summary = rows
    .filter((r) => r.total > 0)
    .map(
      (r) =>
        `${r.label}: ${r.approvedPct} % ${t('competences.statuses.APPROVED').toLowerCase()}, ${r.assessedPct} % ${t('competences.statuses.ASSESSED').toLowerCase()}, ${r.inProgressPct} % ${t('competences.statuses.IN_PROGRESS').toLowerCase()}`,
    )
    .join('; ');
  if (rows.length === 0) return <Text>{t('competences.department.empty')}</Text>;
  return (
    <Stack gap="sm">
      <div role="img" aria-label={t('competences.department.chartAlt', { summary })} data-testid="track-chart">
        <BarChart
          h={Math.max(160, rows.filter((r) => r.total > 0).length * 70)}
          data={rows.filter((r) => r.total > 0)}
          dataKey="label"
          orientation="vertical"
          type="stacked"
          yAxisProps={{ width: 125, tick: { fontSize: 11 } }}
          xAxisProps={{ domain: [0, 100] }}
          valueFormatter={(v) => `${v} %`}
          series={[
            { name: 'approvedPct', label: t('competences.statuses.APPROVED'), color: STATUS_COLORS.APPROVED },
            { name: 'assessedPct', label: t('competences.statuses.ASSESSED'), color: STATUS_COLORS.ASSESSED },
            { name: 'inProgressPct', label: t('competences.statuses.IN_PROGRESS'), color: STATUS_COLORS.IN_PROGRESS },
            { name: 'notStartedPct', label: t('competences.statuses.NOT_STARTED'), color: 'gray.3' },
          ]}
          withLegend
        />
      </div>
      <ResponsiveTable
        testId="track-table"
        caption={t('competences.department.byTrackCaption')}
        rows={rows}
        columns={[
          { key: 'track', label: t('competences.department.track'), value: (r) => r.label },
          { key: 'courses', label: t('competences.department.courses'), value: (r) => r.courses },
          ...shareColumns<(typeof rows)[number]>(t),
        ]}
      />
    </Stack>
  );
}

/** Per trainee: name (link to the course), track and a progress bar with the counts. */
export function TraineeProgressList({ data }: { data: CompetenceProgress }) {
  const { t } = useTranslation();
  if (data.trainees.length === 0) return null;
  return (
    <ResponsiveTable
      testId="trainee-table"
      caption={t('competences.department.byTraineeCaption')}
      rows={data.trainees}
      columns={[
        {
          key: 'trainee',
          label: t('competences.department.trainee'),
          value: (r) => (
            <Anchor component={Link} to={paths.competenceCourse.getHref(r.courseId)}>
              {r.trainee.name}
            </Anchor>
          ),
        },
        { key: 'track', label: t('competences.department.track'), value: (r) => t(`competences.tracks.${r.track}`) },
        {
          key: 'progress',
          label: t('competences.department.approvedOf'),
          value: (r) => <ProgressBar counts={r} />,
        },
      ]}
    />
  );
}

export function DepartmentProgressView({ data }: { data: CompetenceProgress }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="by-track-heading">
        <Title order={2} size="h4" id="by-track-heading" mb="sm">
          {t('competences.department.byTrack')}
        </Title>
        <TrackProgress data={data} />
      </Paper>
      {data.trainees.length > 0 && (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="by-trainee-heading">
          <Title order={2} size="h4" id="by-trainee-heading" mb="sm">
            {t('competences.department.byTrainee')}
          </Title>
          <TraineeProgressList data={data} />
        </Paper>
      )}
    </Stack>
  );
}
