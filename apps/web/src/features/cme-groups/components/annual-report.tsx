import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { CmeAnnualReport } from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { ResponsiveTable } from '@/components/ui/responsive-table';
import { TableExport, type ExportColumn } from '@/components/ui/table-export';
import { useAnnualReport } from '../api/get-annual-report';
import { formatDate, formatPercent } from './shared';

type Row = CmeAnnualReport['groups'][number];

/** The year's report for the region's annual report: printable, and the groups table as CSV/XLSX. */
export function AnnualReport({ year, onYear }: { year: number; onYear: (y: number) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const q = useAnnualReport(year);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - i));
  const exportColumns: ExportColumn<Row>[] = [
    { header: t('cmeGroups.fields.name'), value: (g) => g.name },
    { header: t('cmeGroups.fields.kind'), value: (g) => t(`cmeGroups.kinds.${g.kind}`) },
    { header: t('cmeGroups.fields.leader'), value: (g) => g.leader },
    { header: t('cmeGroups.report.members'), value: (g) => g.members },
    { header: t('cmeGroups.report.joined'), value: (g) => g.joined },
    { header: t('cmeGroups.report.meetings'), value: (g) => g.meetings },
    { header: t('cmeGroups.report.attendances'), value: (g) => g.attendances },
    { header: t('cmeGroups.report.topics'), value: (g) => g.topics.join('; ') },
  ];
  return (
    <Stack gap="lg">
      <Group className="no-print" align="flex-end">
        <NativeSelect
          label={t('cmeGroups.fields.year')}
          data={years}
          value={String(year)}
          onChange={(e) => onYear(Number(e.currentTarget.value))}
        />
        <Button variant="default" onClick={() => window.print()}>
          {t('cmeGroups.report.print')}
        </Button>
      </Group>
      {q.isPending ? (
        <PageLoader />
      ) : q.error ? (
        <QueryError error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }} className="print-avoid-break" data-testid="report-totals">
            {(
              [
                ['groups', q.data.totals.groups],
                ['members', q.data.totals.members],
                ['meetings', q.data.totals.meetings],
                ['attendances', q.data.totals.attendances],
              ] as const
            ).map(([k, v]) => (
              <Paper key={k} withBorder p="sm" radius="md">
                <Text size="sm">{t(`cmeGroups.report.totals.${k}`)}</Text>
                <Text fz={28} fw={700}>
                  {v}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          <Stack gap="sm" component="section" aria-labelledby="report-groups-heading">
            <Group justify="space-between">
              <Title order={2} id="report-groups-heading">
                {t('cmeGroups.report.groupsTitle')}
              </Title>
              <TableExport
                filename={`efteruddannelsesgrupper-${year}`}
                sheetName={t('cmeGroups.report.sheet', { year })}
                columns={exportColumns}
                rows={q.data.groups}
              />
            </Group>
            <ResponsiveTable
              caption={t('cmeGroups.report.groupsCaption', { year })}
              testId="report-groups"
              rows={q.data.groups}
              columns={[
                { key: 'name', label: t('cmeGroups.fields.name'), value: (g) => g.name },
                { key: 'kind', label: t('cmeGroups.fields.kind'), value: (g) => t(`cmeGroups.kinds.${g.kind}`) },
                {
                  key: 'leader',
                  label: t('cmeGroups.fields.leader'),
                  value: (g) => g.leader ?? t('cmeGroups.noLeader'),
                },
                { key: 'members', label: t('cmeGroups.report.members'), value: (g) => g.members, align: 'right' },
                { key: 'meetings', label: t('cmeGroups.report.meetings'), value: (g) => g.meetings, align: 'right' },
                { key: 'att', label: t('cmeGroups.report.attendances'), value: (g) => g.attendances, align: 'right' },
                { key: 'topics', label: t('cmeGroups.report.topics'), value: (g) => g.topics.join(', ') || '–' },
              ]}
            />
          </Stack>
          <Stack gap="sm" component="section" aria-labelledby="report-coverage-heading" className="print-avoid-break">
            <Title order={2} id="report-coverage-heading">
              {t('cmeGroups.report.coverageTitle', { date: formatDate(q.data.coverage.date, lang) })}
            </Title>
            <Text data-testid="report-coverage">
              {t('cmeGroups.report.coverageText', {
                percent: formatPercent(q.data.coverage.total.percent, lang),
                covered: q.data.coverage.total.covered,
                total: q.data.coverage.total.activeGps,
              })}
            </Text>
            <ResponsiveTable
              caption={t('cmeGroups.coverage.tableCaption')}
              testId="report-coverage-table"
              rows={q.data.coverage.areas}
              columns={[
                {
                  key: 'area',
                  label: t('cmeGroups.coverage.area'),
                  value: (r) => r.area?.name ?? t('cmeGroups.coverage.noArea'),
                },
                { key: 'active', label: t('cmeGroups.coverage.activeGps'), value: (r) => r.activeGps, align: 'right' },
                { key: 'covered', label: t('cmeGroups.coverage.covered'), value: (r) => r.covered, align: 'right' },
                {
                  key: 'pct',
                  label: t('cmeGroups.coverage.share'),
                  value: (r) => formatPercent(r.percent, lang),
                  align: 'right',
                },
              ]}
            />
          </Stack>
          <Stack gap="xs" component="section" aria-labelledby="report-course-heading" className="print-avoid-break">
            <Title order={2} id="report-course-heading">
              {t('cmeGroups.report.courseTitle')}
            </Title>
            {q.data.leaderCourse ? (
              <Text data-testid="report-course">
                {t('cmeGroups.report.courseText', {
                  title: q.data.leaderCourse.title,
                  date: formatDate(q.data.leaderCourse.heldOn, lang),
                  place: q.data.leaderCourse.place ?? '–',
                  attended: q.data.leaderCourse.attended,
                  leadersAttended: q.data.leaderCourse.leadersAttended,
                  leaders: q.data.leaderCourse.leaders,
                })}
              </Text>
            ) : (
              <Text>{t('cmeGroups.report.noCourse')}</Text>
            )}
          </Stack>
        </>
      )}
    </Stack>
  );
}
