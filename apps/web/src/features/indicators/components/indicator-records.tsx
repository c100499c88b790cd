import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ComputedIndicatorKey, IndicatorRecord, IndicatorRecordsResponse } from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TableExport } from '@/components/ui/table-export';
import { formatShare, formatTarget, formatValue, metText, periodText } from './format';
import { recordColumns } from './record-columns';
import { ResponsiveTable, type Column } from '@/components/ui/responsive-table';

/** The figure with its definition and the strategies' targets. */
export function IndicatorFigureCard({ data }: { data: IndicatorRecordsResponse }) {
  const { t } = useTranslation();
  const f = data.figure;
  const share = formatShare(t, f);
  const measured = f.measuredFor && data.unit && f.measuredFor.id !== data.unit.id ? f.measuredFor : null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="figure-heading">
      <Title order={2} size="h4" id="figure-heading">
        {t('indicators.records.figure')}
      </Title>
      <Text fz={36} fw={700} lh={1.2} data-testid="indicator-value">
        {formatValue(t, f.value, f.valueType)}
      </Text>
      {share && <Text data-testid="indicator-share">{share}</Text>}
      {measured && <Text>{t('indicators.measuredForHospital', { name: measured.name })}</Text>}
      <Text c="dimmed" size="sm" mt="xs">
        {t(`indicators.definitions.${data.key}`)}
      </Text>
      {f.targets.length > 0 && (
        <>
          <Title order={3} size="h5" mt="sm">
            {t('indicators.records.targets')}
          </Title>
          <ul data-testid="indicator-targets">
            {f.targets.map((x) => (
              <li key={`${x.strategyId}-${x.initiativeId}-${x.indicatorTitle}`}>
                {t('indicators.records.targetLine', {
                  strategy: x.strategyTitle,
                  target: formatTarget(t, x, f.valueType),
                  met: metText(t, x.met),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </Paper>
  );
}

/** The records behind the figure: a table (stacked on phones) with CSV/XLSX export and paging. */
export function IndicatorRecordsTable({
  data,
  filename,
  onNext,
  onPrevious,
}: {
  data: IndicatorRecordsResponse;
  filename: string;
  onNext: (cursor: string) => void;
  /** Back one page; null on the first page. */
  onPrevious: (() => void) | null;
}) {
  const { t } = useTranslation();
  const cols = recordColumns(t, data.key as ComputedIndicatorKey);
  const columns: Column<IndicatorRecord>[] = cols.map((c) => ({
    key: c.key,
    label: c.label,
    value: (r) => {
      const text = c.text(r);
      const href = c.href?.(r) ?? null;
      const shown = text === null || text === '' ? t('indicators.records.none') : text;
      return href ? (
        <Anchor component={Link} to={href}>
          {shown}
        </Anchor>
      ) : (
        shown
      );
    },
  }));
  const name = t(`indicators.names.${data.key}`);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="records-heading">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h4" id="records-heading">
              {t('indicators.records.tableCaption')}
            </Title>
            <Text size="sm" data-testid="records-total">
              {t('indicators.records.total', { count: data.total })}
            </Text>
          </div>
          <TableExport
            filename={filename}
            sheetName={name}
            columns={cols.map((c) => ({ header: c.label, value: (r: IndicatorRecord) => c.text(r) }))}
            rows={data.items}
          />
        </Group>
        {data.hiddenCount > 0 && (
          <Alert color="blue" variant="light" data-testid="records-hidden">
            {t('indicators.records.hidden', { count: data.hiddenCount })}
          </Alert>
        )}
        {data.items.length === 0 ? (
          <Text>{t('indicators.records.empty')}</Text>
        ) : (
          <ResponsiveTable
            rows={data.items}
            columns={columns}
            caption={`${name} – ${periodText(t, data.from, data.to)}`}
            testId="indicator-records"
          />
        )}
        {(onPrevious || data.nextCursor) && (
          <Group className="no-print">
            <Button variant="default" disabled={!onPrevious} onClick={() => onPrevious?.()}>
              {t('indicators.records.previous')}
            </Button>
            <Button
              variant="default"
              disabled={!data.nextCursor}
              onClick={() => data.nextCursor && onNext(data.nextCursor)}
            >
              {t('indicators.records.next')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
