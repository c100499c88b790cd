import { BarChart } from '@mantine/charts';
import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { ActivityStats } from '@portal/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { ResponsiveTable } from '@/components/ui/responsive-table';
import { currentLanguage } from '@/lib/i18n';
import { useActivityStats, type StatsQuery } from '../api/get-activity-stats';
import { todayIso } from './format';

function thisYear(): StatsQuery {
  const y = todayIso().slice(0, 4);
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}
function lastYear(): StatsQuery {
  const y = Number(todayIso().slice(0, 4)) - 1;
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}
function last12(): StatsQuery {
  const today = todayIso();
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  d.setUTCDate(d.getUTCDate() + 1);
  return { from: d.toISOString().slice(0, 10), to: today };
}

function monthName(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(currentLanguage() === 'da' ? 'da-DK' : 'en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y!, m! - 1, 1)));
}

function Figures({ stats }: { stats: ActivityStats }) {
  const { t } = useTranslation();
  const kindRows = stats.byKind.map((k) => ({ ...k, label: t(`activities.kindsPlural.${k.kind}`) }));
  const monthRows = stats.months.map((m) => ({ ...m, label: monthName(m.month) }));
  const totalHeld = stats.byKind.reduce((s, k) => s + k.held, 0);
  const totalParticipants = stats.byKind.reduce((s, k) => s + k.participants, 0);
  const kindSummary = kindRows
    .map(
      (k) =>
        `${k.label}: ${k.held} ${t('activities.stats.held').toLowerCase()}, ${k.participants} ${t('activities.stats.participants').toLowerCase()}`,
    )
    .join('; ');

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Paper withBorder p="md" radius="md" data-testid="supervisors-trained">
          <Text size="sm" c="dimmed">
            {t('activities.stats.supervisorsTrained')}
          </Text>
          <Text fz={36} fw={700} lh={1.2} data-testid="supervisors-trained-value">
            {stats.supervisorsTrained}
          </Text>
          <Text size="sm">{t('activities.stats.supervisorsTrainedHelp')}</Text>
        </Paper>
        <Paper withBorder p="md" radius="md" data-testid="departments-visited">
          <Text size="sm" c="dimmed">
            {t('activities.stats.departmentsVisited')}
          </Text>
          <Text fz={36} fw={700} lh={1.2} data-testid="departments-visited-value">
            {stats.departmentsVisited}
          </Text>
          <Text size="sm">{t('activities.stats.departmentsVisitedHelp')}</Text>
        </Paper>
      </SimpleGrid>

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="by-kind-heading">
        <Title order={2} size="h4" id="by-kind-heading" mb="sm">
          {t('activities.stats.byKindHeading')}
        </Title>
        <div role="img" aria-label={t('activities.stats.chartAlt', { summary: kindSummary })} data-testid="kind-chart">
          <BarChart
            h={260}
            data={kindRows}
            dataKey="label"
            series={[
              { name: 'held', label: t('activities.stats.held'), color: 'blue.7' },
              { name: 'participants', label: t('activities.stats.participants'), color: 'teal.8' },
            ]}
            withLegend
            tickLine="y"
            xAxisProps={{ interval: 0, tick: { fontSize: 11 } }}
          />
        </div>
        <ResponsiveTable
          testId="kind-table"
          caption={t('activities.stats.byKindCaption')}
          rows={[
            ...kindRows,
            { kind: 'TOTAL', label: t('activities.stats.total'), held: totalHeld, participants: totalParticipants },
          ]}
          columns={[
            { key: 'kind', label: t('activities.stats.kind'), value: (r) => r.label },
            { key: 'held', align: 'right', label: t('activities.stats.held'), value: (r) => r.held },
            {
              key: 'participants',
              align: 'right',
              label: t('activities.stats.participants'),
              value: (r) => r.participants,
            },
          ]}
        />
      </Paper>

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="by-month-heading">
        <Title order={2} size="h4" id="by-month-heading" mb="sm">
          {t('activities.stats.byMonthHeading')}
        </Title>
        <div
          role="img"
          aria-label={t('activities.stats.chartAltMonth', {
            from: monthRows[0]?.label ?? '',
            to: monthRows.at(-1)?.label ?? '',
            held: totalHeld,
            participants: totalParticipants,
          })}
          data-testid="month-chart"
        >
          <BarChart
            h={260}
            data={monthRows}
            dataKey="label"
            series={[
              { name: 'held', label: t('activities.stats.held'), color: 'blue.7' },
              { name: 'participants', label: t('activities.stats.participants'), color: 'teal.8' },
              { name: 'supervisorsTrained', label: t('activities.stats.supervisorsTrained'), color: 'grape.8' },
            ]}
            withLegend
            tickLine="y"
          />
        </div>
        <ResponsiveTable
          testId="month-table"
          caption={t('activities.stats.byMonthCaption')}
          rows={monthRows}
          columns={[
            { key: 'month', label: t('activities.stats.month'), value: (r) => r.label },
            { key: 'held', align: 'right', label: t('activities.stats.held'), value: (r) => r.held },
            {
              key: 'participants',
              align: 'right',
              label: t('activities.stats.participants'),
              value: (r) => r.participants,
            },
            {
              key: 'trained',
              align: 'right',
              label: t('activities.stats.supervisorsTrained'),
              value: (r) => r.supervisorsTrained,
            },
          ]}
        />
      </Paper>
    </Stack>
  );
}

/** Counts for a period: the figures, a chart and the same numbers as a table. */
export function StatsPage() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<StatsQuery>(thisYear);
  const [draft, setDraft] = useState<StatsQuery>(period);
  const stats = useActivityStats(period);
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(draft.from) && /^\d{4}-\d{2}-\d{2}$/.test(draft.to) && draft.from <= draft.to;

  const choose = (p: StatsQuery) => {
    setDraft(p);
    setPeriod(p);
  };

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="period-heading">
        <Title order={2} size="h4" id="period-heading" mb="sm">
          {t('activities.stats.period')}
        </Title>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (valid) setPeriod(draft);
          }}
        >
          <Group align="flex-end" gap="md" wrap="wrap">
            <TextInput
              type="date"
              label={t('activities.stats.from')}
              value={draft.from}
              onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
              error={!valid && draft.from > draft.to ? t('activities.errors.endsOn') : undefined}
            />
            <TextInput
              type="date"
              label={t('activities.stats.to')}
              value={draft.to}
              onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })}
            />
            <Button type="submit" disabled={!valid}>
              {t('activities.stats.apply')}
            </Button>
          </Group>
          <Group gap="xs" mt="sm">
            <Button size="xs" variant="light" onClick={() => choose(thisYear())}>
              {t('activities.stats.thisYear')}
            </Button>
            <Button size="xs" variant="light" onClick={() => choose(lastYear())}>
              {t('activities.stats.lastYear')}
            </Button>
            <Button size="xs" variant="light" onClick={() => choose(last12())}>
              {t('activities.stats.last12')}
            </Button>
          </Group>
        </form>
      </Paper>
      {stats.isPending && <PageLoader />}
      {stats.isError && <QueryError error={stats.error} onRetry={() => void stats.refetch()} />}
      {stats.data && <Figures stats={stats.data} />}
    </Stack>
  );
}
