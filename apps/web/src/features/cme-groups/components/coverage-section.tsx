import { BarChart } from '@mantine/charts';
import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { CmeCoverageRow } from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { ResponsiveTable } from '@/components/ui/responsive-table';
import { paths } from '@/config/paths';
import { useCoverage } from '../api/get-coverage';
import { formatDate, formatPercent, NewlySettledText } from './shared';

/**
 * Coverage: the share of active GPs in at least one active group (figure, chart and the same
 * numbers as a table per GP area), the GPs in no group (newly settled first), and the groups that
 * need attention (no leader, no meeting this year).
 */
export function CoverageSection() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const q = useCoverage();
  if (q.isPending) return <PageLoader />;
  if (q.error) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  const c = q.data;
  const areaName = (r: CmeCoverageRow) => r.area?.name ?? t('cmeGroups.coverage.noArea');
  const chart = c.areas.map((r) => ({ area: areaName(r), percent: r.percent ?? 0 }));
  const summary = c.areas.map((r) => `${areaName(r)} ${formatPercent(r.percent, lang)}`).join('; ');
  return (
    <Stack gap="md" component="section" aria-labelledby="coverage-heading">
      <Title order={2} id="coverage-heading">
        {t('cmeGroups.coverage.title')}
      </Title>
      <Paper withBorder p="md" radius="md" data-testid="coverage-figure">
        <Text size="sm">{t('cmeGroups.coverage.figureLabel', { date: formatDate(c.date, lang) })}</Text>
        <Text fz={36} fw={700} lh={1.2} data-testid="coverage-percent">
          {formatPercent(c.total.percent, lang)}
        </Text>
        <Text data-testid="coverage-count">
          {t('cmeGroups.coverage.ofText', { covered: c.total.covered, total: c.total.activeGps })}
        </Text>
      </Paper>
      {chart.length > 0 && (
        <div role="img" aria-label={t('cmeGroups.coverage.chartAlt', { summary })} style={{ overflow: 'hidden' }}>
          <BarChart
            h={Math.max(140, chart.length * 60)}
            data={chart}
            dataKey="area"
            orientation="vertical"
            withTooltip={false}
            yAxisProps={{ width: 150, tick: { fontSize: 11 } }}
            xAxisProps={{ domain: [0, 100] }}
            valueFormatter={(v) => `${v} %`}
            series={[{ name: 'percent', label: t('cmeGroups.coverage.share'), color: 'teal.7' }]}
          />
        </div>
      )}
      <ResponsiveTable
        caption={t('cmeGroups.coverage.tableCaption')}
        testId="coverage-table"
        rows={c.areas}
        columns={[
          { key: 'area', label: t('cmeGroups.coverage.area'), value: areaName },
          { key: 'active', label: t('cmeGroups.coverage.activeGps'), value: (r) => r.activeGps, align: 'right' },
          { key: 'covered', label: t('cmeGroups.coverage.covered'), value: (r) => r.covered, align: 'right' },
          {
            key: 'percent',
            label: t('cmeGroups.coverage.share'),
            value: (r) => formatPercent(r.percent, lang),
            align: 'right',
          },
        ]}
      />
      <Stack gap="xs" component="section" aria-labelledby="uncovered-heading">
        <Title order={3} id="uncovered-heading">
          {t('cmeGroups.coverage.uncoveredTitle', { count: c.uncovered.length })}
        </Title>
        {c.uncovered.length === 0 ? (
          <Text>{t('cmeGroups.coverage.uncoveredNone')}</Text>
        ) : (
          <ResponsiveTable
            caption={t('cmeGroups.coverage.uncoveredCaption')}
            testId="uncovered-table"
            rows={c.uncovered}
            columns={[
              {
                key: 'name',
                label: t('cmeGroups.fields.gp'),
                value: (g) => (
                  <Group gap={6} component="span">
                    <span>{g.name}</span>
                    <NewlySettledText newly={g.newlySettled} />
                  </Group>
                ),
              },
              { key: 'practice', label: t('cmeGroups.fields.practice'), value: (g) => g.practice.name },
              { key: 'area', label: t('cmeGroups.coverage.area'), value: (g) => g.area?.name ?? '–' },
              { key: 'settled', label: t('cmeGroups.fields.settledOn'), value: (g) => formatDate(g.settledOn, lang) },
            ]}
          />
        )}
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Stack gap="xs" component="section" aria-labelledby="no-leader-heading">
          <Title order={3} id="no-leader-heading">
            {t('cmeGroups.coverage.noLeaderTitle', { count: c.groupsWithoutLeader.length })}
          </Title>
          {c.groupsWithoutLeader.length === 0 ? (
            <Text>{t('cmeGroups.coverage.none')}</Text>
          ) : (
            <Stack component="ul" gap={4} m={0} pl="md" data-testid="no-leader">
              {c.groupsWithoutLeader.map((g) => (
                <li key={g.id}>
                  <Anchor component={Link} to={paths.cmeGroup.getHref(g.id)}>
                    {g.name}
                  </Anchor>
                </li>
              ))}
            </Stack>
          )}
        </Stack>
        <Stack gap="xs" component="section" aria-labelledby="no-meeting-heading">
          <Title order={3} id="no-meeting-heading">
            {t('cmeGroups.coverage.noMeetingTitle', { count: c.groupsWithoutMeetingThisYear.length })}
          </Title>
          {c.groupsWithoutMeetingThisYear.length === 0 ? (
            <Text>{t('cmeGroups.coverage.none')}</Text>
          ) : (
            <Stack component="ul" gap={4} m={0} pl="md" data-testid="no-meeting">
              {c.groupsWithoutMeetingThisYear.map((g) => (
                <li key={g.id}>
                  <Anchor component={Link} to={paths.cmeGroup.getHref(g.id)}>
                    {g.name}
                  </Anchor>{' '}
                  <Text span size="sm">
                    ({t('cmeGroups.coverage.lastMeeting', { date: formatDate(g.lastMeetingOn, lang) })})
                  </Text>
                </li>
              ))}
            </Stack>
          )}
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
