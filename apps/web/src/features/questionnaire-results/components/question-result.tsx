import { BarChart, LineChart } from '@mantine/charts';
import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { IndicatorTargets, QuestionFigures, QuestionResult, RoundResults } from '@portal/contracts';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { ResponsiveTable } from '@/components/ui/responsive-table';
import { FeedIndicatorButton } from './feed-indicator';
import { groupLabel, hiddenText, num, pct, signed } from './format';

interface Row {
  id: string;
  label: string;
  figures: QuestionFigures;
  /** SCALE: the mean's change since the same group in the previous round. */
  change: number | null;
}

function rowsOf(q: QuestionResult, data: RoundResults, t: TFunction): Row[] {
  const rows: Row[] = [
    {
      id: 'overall',
      label: t('questionnaireResults.round.overall'),
      figures: q.overall,
      change: q.comparison?.meanChange ?? null,
    },
  ];
  for (const g of q.groups) {
    const group = data.groups.find((x) => x.key === g.key)!;
    rows.push({ id: g.key, label: groupLabel(group, t), figures: g.figures, change: g.comparison?.meanChange ?? null });
  }
  if (q.comparison && data.previousRound)
    rows.push({
      id: 'previous',
      label: t('questionnaireResults.round.previousRow', { label: data.previousRound.label }),
      figures: q.comparison.previous,
      change: null,
    });
  return rows;
}

/** One question: a chart and a table of the same numbers, the change since the previous round, the trend. */
export function QuestionResultView({
  q,
  data,
  targets,
}: {
  q: QuestionResult;
  data: RoundResults;
  targets: IndicatorTargets['items'];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const headingId = `q-${q.id}`;
  const rows = rowsOf(q, data, t);
  const base = `${data.questionnaire.title}-${data.round.label}-${q.position}`.replace(/[^\wæøåÆØÅ-]+/g, '-');
  const nColumn: DataColumn<Row> = {
    key: 'n',
    header: t('questionnaireResults.round.n'),
    numeric: true,
    value: (r) => hiddenText(r.figures, t) ?? r.figures.n,
  };
  const groupColumn: DataColumn<Row> = {
    key: 'group',
    header: t('questionnaireResults.round.group'),
    value: (r) => r.label,
  };
  const top = q.scaleMax !== null ? `${q.scaleMax - 1}–${q.scaleMax}` : '';

  let body: ReactNode = null;
  if (q.kind === 'SCALE') {
    const prev = q.comparison?.previous;
    const chartData = q.overall.distribution.map((d, i) => ({
      value: String(d.value),
      current: d.percent,
      previous: prev && prev.hidden === null ? (prev.distribution[i]?.percent ?? 0) : undefined,
    }));
    const withPrev = !!prev && prev.hidden === null && !!data.previousRound;
    const columns: DataColumn<Row>[] = [
      groupColumn,
      nColumn,
      {
        key: 'mean',
        header: t('questionnaireResults.round.mean'),
        numeric: true,
        value: (r) => r.figures.mean,
        display: (r) => num(r.figures.mean, lang),
      },
      {
        key: 'top',
        header: t('questionnaireResults.round.topShare', { range: top }),
        numeric: true,
        value: (r) => r.figures.topShare,
        display: (r) => pct(r.figures.topShare, lang),
      },
      ...(data.previousRound
        ? [
            {
              key: 'change',
              header: t('questionnaireResults.round.meanChange'),
              numeric: true,
              value: (r: Row) => r.change,
              display: (r: Row) => signed(r.change, lang),
            },
          ]
        : []),
      ...Array.from({ length: (q.scaleMax ?? 5) - (q.scaleMin ?? 1) + 1 }, (_, i) => {
        const v = (q.scaleMin ?? 1) + i;
        return {
          key: `v${v}`,
          header: t('questionnaireResults.round.valueShare', { value: v }),
          numeric: true,
          value: (r: Row) => r.figures.distribution.find((d) => d.value === v)?.percent ?? null,
          display: (r: Row) => pct(r.figures.distribution.find((d) => d.value === v)?.percent, lang),
        };
      }),
    ];
    const summary = q.overall.distribution.map((d) => `${d.value}: ${num(d.percent, lang, 1)} %`).join(', ');
    body = (
      <>
        {q.overall.hidden === null && (
          <div
            role="img"
            style={{ overflow: 'hidden' }}
            aria-label={t('questionnaireResults.round.chartAlt', { summary })}
            data-testid="question-chart"
          >
            <BarChart
              h={220}
              data={chartData}
              dataKey="value"
              valueFormatter={(v) => `${num(v, lang, 1)} %`}
              xAxisProps={{ tick: { fontSize: 12 }, interval: 0 }}
              yAxisProps={{ width: 52 }}
              series={[
                { name: 'current', label: data.round.label, color: 'blue.7' },
                ...(withPrev ? [{ name: 'previous', label: data.previousRound!.label, color: 'gray.5' }] : []),
              ]}
              withLegend
            />
          </div>
        )}
        <DataTable
          testId="question-table"
          caption={t('questionnaireResults.round.tableCaption', { question: q.text })}
          rows={rows}
          columns={columns}
          filename={base}
          sheetName={t('questionnaireResults.round.sheet', { n: q.position })}
          minWidth={720}
        />
        {q.comparison && (
          <Text size="sm" data-testid="comparison">
            {q.comparison.meanChange === null
              ? t('questionnaireResults.round.noComparison', { label: data.previousRound?.label })
              : t('questionnaireResults.round.scaleChange', {
                  label: data.previousRound?.label,
                  from: num(q.comparison.previous.mean, lang),
                  to: num(q.overall.mean, lang),
                  change: signed(q.comparison.meanChange, lang),
                  range: top,
                  fromShare: pct(q.comparison.previous.topShare, lang),
                  toShare: pct(q.overall.topShare, lang),
                  shareChange: signed(q.comparison.topShareChange, lang, 1),
                })}
          </Text>
        )}
        {q.trend.filter((x) => x.mean !== null).length >= 2 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('questionnaireResults.round.trend')}
            </Text>
            <div
              role="img"
              style={{ overflow: 'hidden' }}
              aria-label={t('questionnaireResults.round.trendAlt', {
                summary: q.trend.map((x) => `${x.label}: ${num(x.mean, lang)}`).join(', '),
              })}
            >
              <LineChart
                h={180}
                data={q.trend.map((x) => ({ label: x.label, mean: x.mean }))}
                dataKey="label"
                yAxisProps={{ domain: [q.scaleMin ?? 1, q.scaleMax ?? 5], width: 30 }}
                xAxisProps={{ tick: { fontSize: 10 } }}
                valueFormatter={(v) => num(v, lang)}
                series={[{ name: 'mean', label: t('questionnaireResults.round.mean'), color: 'teal.7' }]}
                connectNulls
              />
            </div>
            <ResponsiveTable
              testId="trend-table"
              caption={t('questionnaireResults.round.trendCaption')}
              rows={q.trend}
              columns={[
                { key: 'round', label: t('questionnaireResults.round.roundLabel'), value: (x) => x.label },
                {
                  key: 'mean',
                  label: t('questionnaireResults.round.mean'),
                  align: 'right',
                  value: (x) => (x.mean === null ? t('questionnaireResults.round.tooFew') : num(x.mean, lang)),
                },
                {
                  key: 'top',
                  label: t('questionnaireResults.round.topShare', { range: top }),
                  align: 'right',
                  value: (x) => (x.topShare === null ? '–' : pct(x.topShare, lang)),
                },
              ]}
            />
          </Stack>
        )}
        {targets.length > 0 && q.overall.hidden === null && (
          <FeedIndicatorButton roundId={data.round.id} question={q} targets={targets} />
        )}
      </>
    );
  } else if (q.kind === 'CHOICE') {
    const prev = q.comparison?.previous;
    const withPrev = !!prev && prev.hidden === null && !!data.previousRound;
    const chartData = q.options.map((o, i) => ({
      option: o,
      current: q.overall.choices[i]?.percent ?? 0,
      previous: withPrev ? (prev.choices[i]?.percent ?? 0) : undefined,
    }));
    const columns: DataColumn<Row>[] = [
      groupColumn,
      nColumn,
      ...q.options.map((o, i) => ({
        key: `o${i}`,
        header: `${o} (%)`,
        numeric: true,
        value: (r: Row) => r.figures.choices[i]?.percent ?? null,
        display: (r: Row) => pct(r.figures.choices[i]?.percent, lang),
      })),
    ];
    const summary = q.options.map((o, i) => `${o}: ${pct(q.overall.choices[i]?.percent, lang)}`).join(', ');
    body = (
      <>
        {q.overall.hidden === null && (
          <div
            role="img"
            style={{ overflow: 'hidden' }}
            aria-label={t('questionnaireResults.round.chartAlt', { summary })}
            data-testid="question-chart"
          >
            <BarChart
              h={Math.max(220, q.options.length * 64)}
              data={chartData}
              dataKey="option"
              orientation="vertical"
              yAxisProps={{ width: 170, tick: { fontSize: 12 } }}
              valueFormatter={(v) => `${num(v, lang, 1)} %`}
              series={[
                { name: 'current', label: data.round.label, color: 'blue.7' },
                ...(withPrev ? [{ name: 'previous', label: data.previousRound!.label, color: 'gray.5' }] : []),
              ]}
              withLegend
            />
          </div>
        )}
        <DataTable
          testId="question-table"
          caption={t('questionnaireResults.round.tableCaption', { question: q.text })}
          rows={rows}
          columns={columns}
          filename={base}
          sheetName={t('questionnaireResults.round.sheet', { n: q.position })}
          minWidth={640}
        />
        {q.comparison?.choiceChanges && (
          <Text size="sm" data-testid="comparison">
            {t('questionnaireResults.round.choiceChange', { label: data.previousRound?.label })}{' '}
            {q.options.map((o, i) => `${o}: ${signed(q.comparison!.choiceChanges![i], lang, 1)}`).join('; ')}{' '}
            {t('questionnaireResults.round.points')}
          </Text>
        )}
      </>
    );
  } else {
    body = (
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('questionnaireResults.round.textsNote')}
        </Text>
        {rows
          .filter((r) => r.id !== 'previous')
          .map((r) => (
            <Stack key={r.id} gap={4} data-testid="text-group">
              <Text size="sm" fw={600}>
                {r.label}
              </Text>
              {hiddenText(r.figures, t) ? (
                <Badge variant="light" color="gray" data-testid="too-few">
                  {hiddenText(r.figures, t)}
                </Badge>
              ) : r.figures.texts.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('questionnaireResults.round.noTexts')}
                </Text>
              ) : (
                <List size="sm" spacing={4}>
                  {r.figures.texts.map((x, i) => (
                    <List.Item key={i}>{x}</List.Item>
                  ))}
                </List>
              )}
            </Stack>
          ))}
      </Stack>
    );
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId} data-testid="question">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4" id={headingId}>
            {q.position}. {q.text}
          </Title>
          <Badge variant="outline" style={{ flexShrink: 0 }}>
            {t(`questionnaireResults.kinds.${q.kind}`)}
          </Badge>
        </Group>
        {q.kind === 'SCALE' && q.scaleMinLabel && (
          <Text size="xs" c="dimmed">
            {t('questionnaireResults.round.scale', {
              min: q.scaleMin,
              minLabel: q.scaleMinLabel,
              max: q.scaleMax,
              maxLabel: q.scaleMaxLabel,
            })}
          </Text>
        )}
        {q.overall.hidden !== null && q.kind !== 'TEXT' && (
          <Badge variant="light" color="gray" data-testid="too-few">
            {hiddenText(q.overall, t)}
          </Badge>
        )}
        {body}
      </Stack>
    </Paper>
  );
}
