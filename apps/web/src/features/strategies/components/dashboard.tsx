import { BarChart, LineChart } from '@mantine/charts';
import { Alert, Anchor, Badge, Button, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import type { Attainment, IndicatorView, InitiativeView, StrategyDashboard } from '@portal/contracts';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Fact, Facts } from '@/components/ui/facts';
import { TableExport } from '@/components/ui/table-export';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/error-message';
import { currentLanguage } from '@/lib/i18n';
import { useDepartmentStatuses } from '../api/get-department-statuses';
import { useTakeSnapshot } from '../api/take-snapshot';
import { AttainmentFigure, ColourBadge, GREEN_DARK, formatDate, formatPercent, StateBadge } from './attainment';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import {
  IndicatorForm,
  IndicatorValueForm,
  InitiativeForm,
  StatusUpdateForm,
  StrategyForm,
  ThemeForm,
} from './edit-forms';

type Dash = StrategyDashboard;
type Editing =
  | { kind: 'status'; initiative: InitiativeView }
  | { kind: 'value'; initiative: InitiativeView; indicator: IndicatorView }
  | { kind: 'theme'; theme: Dash['themes'][number] | null }
  | { kind: 'initiative'; initiative: InitiativeView | null; themeId: string | null }
  | { kind: 'indicator'; initiative: InitiativeView; indicator: IndicatorView | null }
  | { kind: 'strategy' }
  | null;

const short = (s: string, n = 28) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);

function useFormatters() {
  const { t } = useTranslation();
  const nf = new Intl.NumberFormat(currentLanguage() === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 1 });
  const value = (i: IndicatorView, v: number | null) => {
    if (v === null) return '—';
    if (i.valueType === 'BOOLEAN') return v >= 1 ? t('strategies.indicators.yes') : t('strategies.indicators.no');
    if (i.valueType === 'PERCENT') return `${nf.format(v)} %`;
    return nf.format(v);
  };
  const target = (i: IndicatorView) =>
    i.target === null
      ? t('strategies.indicators.noTarget')
      : `${t(`strategies.indicators.directions.${i.direction}`)} ${value(i, i.target)}`;
  const met = (m: boolean | null) =>
    m === null
      ? t('strategies.indicators.unknown')
      : m
        ? t('strategies.indicators.met')
        : t('strategies.indicators.notMet');
  return { value, target, met };
}

function attainmentColumns(t: TFunction): DataColumn<{ attainment: Attainment }>[] {
  return [
    { key: 'achieved', header: t('strategies.table.achieved'), value: (r) => r.attainment.achieved, numeric: true },
    { key: 'total', header: t('strategies.table.total'), value: (r) => r.attainment.total, numeric: true },
    {
      key: 'percent',
      header: t('strategies.table.percent'),
      value: (r) => r.attainment.percent,
      display: (r) => formatPercent(r.attainment.percent),
      numeric: true,
    },
    {
      key: 'colour',
      header: t('strategies.table.colour'),
      value: (r) => t(`strategies.colour.${r.attainment.colour}`),
      display: (r) => <ColourBadge colour={r.attainment.colour} />,
    },
  ];
}

function Section({
  id,
  title,
  children,
  testId,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
  testId: string;
}) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id} data-testid={testId}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function AttainmentBars({
  rows,
  green,
  alt,
  testId,
}: {
  rows: { label: string; percent: number }[];
  green: number;
  alt: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <div role="img" aria-label={alt} data-testid={testId} className="print-avoid-break" style={{ overflow: 'hidden' }}>
      <BarChart
        h={Math.max(160, rows.length * 44)}
        data={rows}
        dataKey="label"
        orientation="vertical"
        series={[{ name: 'percent', label: t('strategies.table.percent'), color: 'blue.8' }]}
        yAxisProps={{ width: 150, tick: { fontSize: 11 } }}
        xAxisProps={{ domain: [0, 100] }}
        referenceLines={[{ x: green, label: t('strategies.greenLine', { green }), color: GREEN_DARK }]}
        valueFormatter={(v) => formatPercent(v)}
        tickLine="none"
      />
    </div>
  );
}

function ThemesSection({ d }: { d: Dash }) {
  const { t } = useTranslation();
  const rows = d.themes.map((th) => ({ label: short(th.title), percent: th.attainment.percent ?? 0 }));
  const summary = d.themes
    .map(
      (th) => `${th.title}: ${formatPercent(th.attainment.percent)} (${th.attainment.achieved}/${th.attainment.total})`,
    )
    .join('; ');
  return (
    <Section id="themes-heading" title={t('strategies.themes.heading')} testId="themes-section">
      <AttainmentBars
        rows={rows}
        green={d.strategy.greenThreshold}
        alt={t('strategies.themes.chartAlt', { summary })}
        testId="themes-chart"
      />
      <DataTable
        testId="themes-table"
        caption={t('strategies.themes.caption')}
        filename={`strategi-temaer-${slug(d.strategy.title)}-${d.asOf}`}
        sheetName={t('strategies.themes.heading')}
        rows={d.themes}
        columns={[
          { key: 'theme', header: t('strategies.table.theme'), value: (r) => r.title },
          ...(attainmentColumns(t) as DataColumn<Dash['themes'][number]>[]),
        ]}
      />
    </Section>
  );
}

function DepartmentsSection({ d }: { d: Dash }) {
  const { t } = useTranslation();
  if (d.departments.length === 0) return null;
  const rows = d.departments.map((x) => ({ label: short(x.name), percent: x.attainment.percent ?? 0 }));
  const summary = d.departments
    .map((x) => `${x.name}: ${formatPercent(x.attainment.percent)} (${x.attainment.achieved}/${x.attainment.total})`)
    .join('; ');
  return (
    <Section id="departments-heading" title={t('strategies.departments.heading')} testId="departments-section">
      <Text size="sm" mb="sm">
        {t('strategies.departments.intro')}
      </Text>
      <AttainmentBars
        rows={rows}
        green={d.strategy.greenThreshold}
        alt={t('strategies.departments.chartAlt', { summary })}
        testId="departments-chart"
      />
      <DataTable
        testId="departments-table"
        caption={t('strategies.departments.caption')}
        filename={`strategi-afdelinger-${slug(d.strategy.title)}-${d.asOf}`}
        sheetName={t('strategies.departments.heading')}
        rows={d.departments}
        columns={[
          { key: 'department', header: t('strategies.table.department'), value: (r) => r.name },
          ...(attainmentColumns(t) as DataColumn<Dash['departments'][number]>[]),
        ]}
      />
    </Section>
  );
}

function TrendSection({ d }: { d: Dash }) {
  const { t } = useTranslation();
  const rows = d.trend.map((p) => ({
    ...p,
    label: formatDate(p.takenAt),
    time: Date.parse(p.takenAt),
    percentValue: p.percent ?? 0,
  }));
  const dateOf = (v: unknown) => (typeof v === 'number' ? formatDate(new Date(v).toISOString()) : String(v));
  return (
    <Section id="trend-heading" title={t('strategies.trend.heading')} testId="trend-section">
      {rows.length === 0 ? (
        <Text>{t('strategies.trend.empty')}</Text>
      ) : (
        <>
          <div
            role="img"
            aria-label={t('strategies.trend.chartAlt', {
              from: rows[0]!.label,
              to: rows.at(-1)!.label,
              first: formatPercent(rows[0]!.percent),
              last: formatPercent(rows.at(-1)!.percent),
            })}
            data-testid="trend-chart"
            className="print-avoid-break"
            style={{ overflow: 'hidden' }}
          >
            <LineChart
              h={220}
              data={rows}
              // Snapshots are placed by their date (a time axis), not evenly: a gap of a year
              // between two snapshots looks like one.
              dataKey="time"
              xAxisProps={{
                type: 'number',
                scale: 'time',
                domain: ['dataMin', 'dataMax'],
                tickFormatter: dateOf,
              }}
              tooltipProps={{ labelFormatter: dateOf }}
              series={[{ name: 'percentValue', label: t('strategies.table.percent'), color: 'blue.8' }]}
              yAxisProps={{ domain: [0, 100] }}
              referenceLines={[
                {
                  y: d.strategy.greenThreshold,
                  label: t('strategies.greenLine', { green: d.strategy.greenThreshold }),
                  color: GREEN_DARK,
                },
              ]}
              valueFormatter={(v) => formatPercent(v)}
              curveType="linear"
            />
          </div>
          <DataTable
            testId="trend-table"
            caption={t('strategies.trend.caption')}
            filename={`strategi-udvikling-${slug(d.strategy.title)}-${d.asOf}`}
            sheetName={t('strategies.trend.heading')}
            rows={rows}
            columns={[
              {
                key: 'takenAt',
                header: t('strategies.trend.takenAt'),
                value: (r) => r.takenAt.slice(0, 10),
                display: (r) => r.label,
              },
              {
                key: 'trigger',
                header: t('strategies.trend.trigger'),
                value: (r) => t(`strategies.trend.triggers.${r.trigger}`),
              },
              { key: 'achieved', header: t('strategies.table.achieved'), value: (r) => r.achieved, numeric: true },
              { key: 'total', header: t('strategies.table.total'), value: (r) => r.total, numeric: true },
              {
                key: 'percent',
                header: t('strategies.table.percent'),
                value: (r) => r.percent,
                display: (r) => formatPercent(r.percent),
                numeric: true,
              },
            ]}
          />
        </>
      )}
    </Section>
  );
}

function Indicators({ d, initiative, onEdit }: { d: Dash; initiative: InitiativeView; onEdit: (e: Editing) => void }) {
  const { t } = useTranslation();
  const f = useFormatters();
  if (initiative.indicators.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('strategies.indicators.heading')}
      </Text>
      <List size="sm" spacing={6} data-testid="indicator-list">
        {initiative.indicators.map((i) => (
          <List.Item key={i.id} data-testid="indicator">
            <Text size="sm" span fw={500}>
              {i.title}
            </Text>{' '}
            <Text size="sm" span c="dimmed">
              ({t(`strategies.indicators.kinds.${i.kind}`)})
            </Text>
            <Text size="sm">
              {t('strategies.indicators.value')}:{' '}
              {i.unavailable ? t('strategies.indicators.unavailable') : f.value(i, i.value)}
              {i.kind === 'MANUAL' && i.measuredOn ? ` (${formatDate(i.measuredOn)})` : ''} ·{' '}
              {t('strategies.indicators.target')}: {f.target(i)} · {f.met(i.met)}
            </Text>
            <Group gap="xs" className="no-print">
              {i.kind === 'COMPUTED' && i.computedKey && i.scope && (
                <Anchor
                  component={Link}
                  size="sm"
                  to={paths.indicatorRecords.getHref(i.computedKey, {
                    unitId: i.scope.unitId,
                    from: i.scope.from,
                    to: i.scope.to,
                  })}
                >
                  {t('strategies.indicators.drillDown')}
                  <span className="visually-hidden"> – {i.title}</span>
                </Anchor>
              )}
              {d.canManage && i.kind === 'MANUAL' && (
                <Button
                  size="compact-xs"
                  variant="light"
                  onClick={() => onEdit({ kind: 'value', initiative, indicator: i })}
                >
                  {t('strategies.edit.value.button')}
                </Button>
              )}
              {d.canManage && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => onEdit({ kind: 'indicator', initiative, indicator: i })}
                  aria-label={`${t('strategies.edit.indicator.editButton')}: ${i.title}`}
                >
                  {t('strategies.edit.indicator.editButton')}
                </Button>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/**
 * A per-department initiative: "achieved in X of Y departments", and each department's latest
 * status when opened (loaded then: a region's strategy has hundreds of departments).
 */
function DepartmentStatuses({ d, i }: { d: Dash; i: InitiativeView }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const q = useDepartmentStatuses(d.strategy.id, i.id, d.asOf, open);
  const achieved = new Map(i.departments.map((x) => [x.departmentId, x.achieved]));
  const done = i.departments.filter((x) => x.achieved).length;
  const listId = `department-statuses-${i.id}`;
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" data-testid="department-summary">
          {t('strategies.initiatives.departmentSummary', { achieved: done, total: i.departments.length })}
        </Text>
        {i.departments.length > 0 && (
          <Button
            size="compact-sm"
            variant="subtle"
            className="no-print"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? t('strategies.initiatives.hideDepartments') : t('strategies.initiatives.showDepartments')}
            <span className="visually-hidden"> – {i.title}</span>
          </Button>
        )}
      </Group>
      {/* Always in the page, so that aria-controls names an element that exists. */}
      <div id={listId}>
        {open &&
          (q.isPending ? (
            <Text size="sm" c="dimmed" role="status">
              {t('strategies.initiatives.loadingDepartments')}
            </Text>
          ) : q.isError ? (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(q.error, t)}
            </Alert>
          ) : (
            <List
              size="sm"
              spacing={4}
              data-testid="department-statuses"
              aria-label={t('strategies.initiatives.perDepartment')}
            >
              {q.data.items.map((x) => (
                <List.Item key={x.departmentId}>
                  <Text size="sm" span fw={500}>
                    {x.departmentName}:
                  </Text>{' '}
                  {/* Judged by indicators, the status badge does not say it: say it in words. */}
                  {i.stateSource === 'INDICATORS' && achieved.get(x.departmentId) && (
                    <Text size="sm" span>
                      {t('strategies.initiatives.achieved')} –{' '}
                    </Text>
                  )}
                  {x.latestStatus ? (
                    <>
                      <StateBadge state={x.latestStatus.state} />{' '}
                      <Text size="sm" span>
                        {formatDate(x.latestStatus.asOf)}
                        {x.latestStatus.text ? ` – ${x.latestStatus.text}` : ''}
                      </Text>
                    </>
                  ) : (
                    <Text size="sm" span c="dimmed">
                      {t('strategies.initiatives.noStatus')}
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          ))}
      </div>
    </Stack>
  );
}

function InitiativeCard({ d, i, onEdit }: { d: Dash; i: InitiativeView; onEdit: (e: Editing) => void }) {
  const { t } = useTranslation();
  const s = i.latestStatus;
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="li"
      data-testid="initiative"
      data-initiative-id={i.id}
      className="print-avoid-break"
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={4} size="h5" style={{ overflowWrap: 'anywhere' }}>
            {i.title}
          </Title>
          <Badge
            variant="outline"
            color={i.achieved ? GREEN_DARK : 'gray.8'}
            style={{ flexShrink: 0 }}
            data-testid="initiative-achieved"
          >
            {i.achieved ? t('strategies.initiatives.achieved') : t('strategies.initiatives.notAchieved')}
          </Badge>
        </Group>
        {i.description && (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {i.description}
          </Text>
        )}
        <Facts>
          <Fact label={t('strategies.initiatives.owner')}>{i.ownerText || '—'}</Fact>
          <Fact label={t('strategies.initiatives.deadline')}>{formatDate(i.deadline)}</Fact>
          {i.appliesPer === 'DEPARTMENT' && (
            <Fact label={t('strategies.initiatives.appliesPer')}>{t('strategies.appliesPer.DEPARTMENT')}</Fact>
          )}
          {i.stateSource === 'INDICATORS' && (
            <Fact label={t('strategies.initiatives.stateSource')}>{t('strategies.stateSource.INDICATORS')}</Fact>
          )}
        </Facts>
        {i.appliesPer === 'STRATEGY' && (
          <div data-testid="latest-status">
            {s ? (
              <Stack gap={2}>
                <Group gap="xs">
                  <StateBadge state={s.state} />
                  <Text size="sm">
                    {formatDate(s.asOf)}
                    {s.periodLabel ? ` (${s.periodLabel})` : ''}
                  </Text>
                </Group>
                {s.text && (
                  <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                    {s.text}
                  </Text>
                )}
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">
                {t('strategies.initiatives.noStatus')}
              </Text>
            )}
          </div>
        )}
        {i.appliesPer === 'DEPARTMENT' && <DepartmentStatuses d={d} i={i} />}
        <Indicators d={d} initiative={i} onEdit={onEdit} />
        {d.canManage && (
          <Group gap="xs" className="no-print" data-testid="initiative-actions">
            <Button size="compact-sm" onClick={() => onEdit({ kind: 'status', initiative: i })}>
              {t('strategies.edit.status.button')}
              <span className="visually-hidden"> – {i.title}</span>
            </Button>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => onEdit({ kind: 'initiative', initiative: i, themeId: i.themeId })}
            >
              {t('strategies.edit.initiative.editButton')}
              <span className="visually-hidden"> – {i.title}</span>
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() => onEdit({ kind: 'indicator', initiative: i, indicator: null })}
            >
              {t('strategies.edit.indicator.addButton')}
              <span className="visually-hidden"> – {i.title}</span>
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function InitiativesSection({ d, onEdit }: { d: Dash; onEdit: (e: Editing) => void }) {
  const { t } = useTranslation();
  const themeTitle = new Map(d.themes.map((th) => [th.id, th.title]));
  const exportRows = d.initiatives;
  return (
    <Section id="initiatives-heading" title={t('strategies.initiatives.heading')} testId="initiatives-section">
      <Stack gap="lg">
        <TableExport
          filename={`strategi-indsatser-${slug(d.strategy.title)}-${d.asOf}`}
          sheetName={t('strategies.initiatives.heading')}
          rows={exportRows}
          columns={[
            { header: t('strategies.table.theme'), value: (r) => themeTitle.get(r.themeId) ?? '' },
            { header: t('strategies.initiatives.title'), value: (r) => r.title },
            { header: t('strategies.initiatives.owner'), value: (r) => r.ownerText },
            { header: t('strategies.initiatives.deadline'), value: (r) => r.deadline },
            { header: t('strategies.initiatives.statusDate'), value: (r) => r.latestStatus?.asOf ?? null },
            {
              header: t('strategies.initiatives.statusState'),
              value: (r) => (r.latestStatus ? t(`strategies.states.${r.latestStatus.state}`) : null),
            },
            { header: t('strategies.initiatives.statusText'), value: (r) => r.latestStatus?.text ?? null },
            {
              header: t('strategies.initiatives.achievedColumn'),
              value: (r) => (r.achieved ? t('strategies.indicators.yes') : t('strategies.indicators.no')),
            },
          ]}
        />
        {d.themes.map((th) => {
          const items = d.initiatives.filter((i) => i.themeId === th.id);
          return (
            <Stack key={th.id} gap="xs" component="section" aria-labelledby={`theme-${th.id}`}>
              <Group justify="space-between" gap="xs">
                <Title order={3} size="h4" id={`theme-${th.id}`}>
                  {th.title}{' '}
                  <Text span size="sm" c="dimmed" fw={400}>
                    ({th.attainment.achieved}/{th.attainment.total})
                  </Text>
                </Title>
                {d.canManage && (
                  <Group gap="xs" className="no-print">
                    <Button size="compact-xs" variant="subtle" onClick={() => onEdit({ kind: 'theme', theme: th })}>
                      {t('strategies.edit.theme.editButton')}
                      <span className="visually-hidden"> – {th.title}</span>
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => onEdit({ kind: 'initiative', initiative: null, themeId: th.id })}
                    >
                      {t('strategies.edit.initiative.addButton')}
                      <span className="visually-hidden"> – {th.title}</span>
                    </Button>
                  </Group>
                )}
              </Group>
              {th.description && (
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {th.description}
                </Text>
              )}
              <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
                {items.map((i) => (
                  <InitiativeCard key={i.id} d={d} i={i} onEdit={onEdit} />
                ))}
              </Stack>
            </Stack>
          );
        })}
        {d.canManage && (
          <div className="no-print">
            <Button variant="light" onClick={() => onEdit({ kind: 'theme', theme: null })}>
              {t('strategies.edit.theme.addButton')}
            </Button>
          </div>
        )}
      </Stack>
    </Section>
  );
}

/** The strategy indicator dashboard: overall figure, per theme, per department, trend, initiatives. */
export function Dashboard({ d, asOf, onAsOf }: { d: Dash; asOf: string | null; onAsOf: (v: string | null) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const [draft, setDraft] = useState(asOf ?? d.asOf);
  const snapshot = useTakeSnapshot();
  const close = () => setEditing(null);
  // Forms read the current records from the dashboard (refetched after every write and after a 409).
  const currentInitiative = (id: string | undefined) => d.initiatives.find((i) => i.id === id) ?? null;
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(draft);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} data-testid="strategy-title">
          {d.strategy.title}
        </Title>
        <Text c="dimmed" mt={4}>
          {d.strategy.unit?.name ?? t('strategies.region')} · {t('strategies.period')}:{' '}
          {formatDate(d.strategy.periodStart)} – {formatDate(d.strategy.periodEnd)}
        </Text>
        {d.strategy.description && (
          <Text mt="xs" size="sm">
            {d.strategy.description}
          </Text>
        )}
      </div>

      <Group align="flex-end" gap="md" wrap="wrap" className="no-print">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (valid) onAsOf(draft);
          }}
        >
          <Group align="flex-end" gap="xs" wrap="wrap">
            <TextInput
              type="date"
              label={t('strategies.asOf')}
              value={draft}
              onChange={(e) => setDraft(e.currentTarget.value)}
            />
            <Button type="submit" variant="default" disabled={!valid}>
              {t('strategies.asOfApply')}
            </Button>
            {asOf && (
              <Button
                variant="subtle"
                onClick={() => {
                  onAsOf(null);
                }}
              >
                {t('strategies.asOfToday')}
              </Button>
            )}
          </Group>
        </form>
        <Button variant="default" onClick={() => window.print()}>
          {t('strategies.print')}
        </Button>
        {d.canManage && (
          <Button variant="default" onClick={() => setEditing({ kind: 'strategy' })}>
            {t('strategies.edit.strategy.editButton')}
          </Button>
        )}
        {d.canManage && (
          <Button
            variant="light"
            loading={snapshot.isPending}
            onClick={() => snapshot.mutate({ strategyId: d.strategy.id })}
            data-testid="take-snapshot"
          >
            {t('strategies.edit.snapshot.button')}
          </Button>
        )}
      </Group>
      {snapshot.isError && (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(snapshot.error, t)}
        </Alert>
      )}
      {snapshot.isSuccess && (
        <Text size="sm" role="status" className="no-print">
          {t('strategies.edit.snapshot.taken', { percent: formatPercent(snapshot.data.percent) })}
        </Text>
      )}

      <AttainmentFigure
        attainment={d.overall}
        green={d.strategy.greenThreshold}
        amber={d.strategy.amberThreshold}
        label={t('strategies.overallLabel', { date: formatDate(d.asOf) })}
      />
      <ThemesSection d={d} />
      <DepartmentsSection d={d} />
      <TrendSection d={d} />
      <InitiativesSection d={d} onEdit={setEditing} />

      {editing?.kind === 'strategy' && <StrategyForm dash={d} hospitals={[]} region={false} opened onClose={close} />}
      {editing?.kind === 'status' && (
        <StatusUpdateForm dash={d} initiative={editing.initiative} opened onClose={close} />
      )}
      {editing?.kind === 'value' && (
        <IndicatorValueForm
          dash={d}
          initiative={editing.initiative}
          indicator={editing.indicator}
          opened
          onClose={close}
        />
      )}
      {editing?.kind === 'theme' && (
        <ThemeForm
          dash={d}
          theme={editing.theme ? (d.themes.find((x) => x.id === editing.theme!.id) ?? null) : null}
          opened
          onClose={close}
        />
      )}
      {editing?.kind === 'initiative' && (
        <InitiativeForm
          dash={d}
          initiative={editing.initiative ? currentInitiative(editing.initiative.id) : null}
          themeId={editing.themeId}
          opened
          onClose={close}
        />
      )}
      {editing?.kind === 'indicator' && (
        <IndicatorForm
          dash={d}
          initiative={currentInitiative(editing.initiative.id) ?? editing.initiative}
          indicator={
            editing.indicator
              ? (currentInitiative(editing.initiative.id)?.indicators.find((x) => x.id === editing.indicator!.id) ??
                null)
              : null
          }
          opened
          onClose={close}
        />
      )}
    </Stack>
  );
}
