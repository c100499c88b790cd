import { LineChart } from '@mantine/charts';
import {
  Alert,
  Badge,
  Button,
  FileInput,
  Group,
  List,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { EvaluationOverview, EvaluationPreview, PlacementResult } from '@portal/contracts';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable, type Column } from '@/components/ui/responsive-table';
import { TableExport, type ExportColumn } from '@/components/ui/table-export';
import { ApiError } from '@/lib/api-client';
import { useCommitEvaluations } from '../api/commit-evaluations';
import { usePreviewEvaluations } from '../api/preview-evaluations';
import { useSaveFollowUp } from '../api/save-follow-up';
import { BackToArea, formatDate, formatScore, MutationError, todayIso } from './shared';

/** The file as base64 (the API reads CSV or XLSX by its content). */
async function readFile(file: File) {
  const buf = new Uint8Array(await file.arrayBuffer());
  let bin = '';
  for (let i = 0; i < buf.length; i += 0x8000) bin += String.fromCharCode(...buf.subarray(i, i + 0x8000));
  return { fileName: file.name, contentBase64: btoa(bin) };
}

function PreviewTable({ preview }: { preview: EvaluationPreview }) {
  const { t, i18n } = useTranslation();
  const cols: Column<EvaluationPreview['rows'][number]>[] = [
    {
      key: 'row',
      label: t('tutorPractices.import.row'),
      value: (r) => t('tutorPractices.import.rowN', { row: r.row }),
    },
    { key: 'placement', label: t('tutorPractices.import.placement'), value: (r) => r.placement || '–' },
    { key: 'period', label: t('tutorPractices.import.period'), value: (r) => r.period || '–' },
    { key: 'question', label: t('tutorPractices.import.question'), value: (r) => r.question || '–' },
    { key: 'score', label: t('tutorPractices.import.score'), value: (r) => formatScore(r.score, i18n.language) },
    { key: 'n', label: 'n', value: (r) => r.respondents ?? '–' },
    {
      key: 'status',
      label: t('tutorPractices.import.status'),
      value: (r) =>
        r.errors.length > 0 ? (
          <List size="sm" c="red.9">
            {r.errors.map((e, i) => (
              <List.Item key={i}>
                {e.column ? `${t(`tutorPractices.import.columns.${e.column}`)}: ` : ''}
                {e.message}
              </List.Item>
            ))}
          </List>
        ) : r.replaces ? (
          t('tutorPractices.import.replaces')
        ) : (
          t('tutorPractices.import.new')
        ),
    },
  ];
  return (
    <ResponsiveTable
      rows={preview.rows}
      columns={cols}
      caption={t('tutorPractices.import.previewCaption')}
      testId="evaluation-preview"
    />
  );
}

function ImportSection({ areaId }: { areaId: string }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<EvaluationPreview | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const doPreview = usePreviewEvaluations();
  const commit = useCommitEvaluations();
  const run = async () => {
    if (!file) return;
    setResult(null);
    commit.reset();
    const body = await readFile(file);
    doPreview.mutate({ areaId, id: '', body }, { onSuccess: setPreview, onError: () => setPreview(null) });
  };
  const save = async () => {
    if (!file) return;
    const body = await readFile(file);
    commit.mutate(
      { areaId, id: '', body },
      {
        onSuccess: (r) => {
          setPreview(null);
          setFile(null);
          setResult(t('tutorPractices.import.done', { rows: r.rowCount, replaced: r.replacedCount }));
        },
      },
    );
  };
  const fileProblem =
    doPreview.error instanceof ApiError
      ? doPreview.error.problem.errors?.find((e) => e.path === 'body.file')
      : undefined;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="import-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="import-heading">
          {t('tutorPractices.import.title')}
        </Title>
        <Text size="sm">{t('tutorPractices.import.format')}</Text>
        <Text size="sm" c="dimmed">
          {t('tutorPractices.import.formatPeriod')}
        </Text>
        <FileInput
          label={t('tutorPractices.import.file')}
          placeholder={t('tutorPractices.import.choose')}
          accept=".csv,.xlsx,text/csv"
          value={file}
          onChange={(f) => {
            setFile(f);
            setPreview(null);
            setResult(null);
          }}
          clearable
          data-testid="evaluation-file"
        />
        <Group>
          <Button onClick={() => void run()} disabled={!file} loading={doPreview.isPending}>
            {t('tutorPractices.import.preview')}
          </Button>
        </Group>
        {doPreview.error &&
          (fileProblem ? (
            <Alert color="red" variant="light" role="alert" title={t('tutorPractices.import.fileError')}>
              {fileProblem.message}
            </Alert>
          ) : (
            <MutationError error={doPreview.error} />
          ))}
        {preview && (
          <Stack gap="sm">
            <Text fw={600} role="status" data-testid="evaluation-summary">
              {preview.canCommit
                ? t('tutorPractices.import.ready', { rows: preview.rows.length, replaced: preview.replaceCount })
                : t('tutorPractices.import.refused', { errors: preview.errorCount })}
            </Text>
            <PreviewTable preview={preview} />
            <Group>
              <Button onClick={() => void save()} disabled={!preview.canCommit} loading={commit.isPending}>
                {t('tutorPractices.import.commit')}
              </Button>
            </Group>
          </Stack>
        )}
        {commit.error && <MutationError error={commit.error} />}
        {result && (
          <Alert color="green" variant="light" role="status" data-testid="evaluation-done">
            {result}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

function reasonText(r: PlacementResult, threshold: number, lang: string, t: TFunction) {
  return r.reasons.map((reason) =>
    reason === 'BELOW_THRESHOLD'
      ? t('tutorPractices.flags.below', { mean: formatScore(r.mean, lang), threshold: formatScore(threshold, lang) })
      : t('tutorPractices.flags.drop', {
          drop: formatScore((r.previousMean ?? 0) - r.mean, lang),
          previous: formatScore(r.previousMean, lang),
          period: r.previousPeriod,
        }),
  );
}

function FollowUpForm({ areaId, result }: { areaId: string; result: PlacementResult }) {
  const { t } = useTranslation();
  const save = useSaveFollowUp();
  const [note, setNote] = useState(result.followUp?.note ?? '');
  const [notedOn, setNotedOn] = useState(result.followUp?.notedOn ?? todayIso());
  const [state, setState] = useState<'OPEN' | 'DONE'>(result.followUp?.state ?? 'OPEN');
  const [missing, setMissing] = useState(false);
  const id = `${result.placementId}-${result.period}`;
  return (
    <Stack gap="xs">
      <Textarea
        label={t('tutorPractices.flags.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        autosize
        minRows={2}
        error={missing ? t('tutorPractices.required') : undefined}
        id={`note-${id}`}
      />
      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput
          label={t('tutorPractices.flags.notedOn')}
          type="date"
          value={notedOn}
          onChange={(e) => setNotedOn(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('tutorPractices.flags.state')}
          value={state}
          onChange={(e) => setState(e.currentTarget.value as 'OPEN' | 'DONE')}
          data={[
            { value: 'OPEN', label: t('tutorPractices.flags.states.OPEN') },
            { value: 'DONE', label: t('tutorPractices.flags.states.DONE') },
          ]}
        />
        <Button
          loading={save.isPending}
          onClick={() => {
            setMissing(note.trim() === '');
            if (note.trim() === '') return;
            save.mutate({
              areaId,
              id: '',
              body: {
                placementId: result.placementId,
                period: result.period,
                note,
                notedOn,
                state,
                version: result.followUp?.version ?? null,
              },
            });
          }}
        >
          {t('tutorPractices.flags.save')}
        </Button>
      </Group>
      {save.isSuccess && (
        <Text size="sm" role="status">
          {t('tutorPractices.flags.saved')}
        </Text>
      )}
      <MutationError error={save.error} />
    </Stack>
  );
}

function Flags({ data }: { data: EvaluationOverview }) {
  const { t, i18n } = useTranslation();
  const flagged = data.results.filter((r) => r.reasons.length > 0);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="flags-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="flags-heading">
          {t('tutorPractices.flags.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('tutorPractices.flags.rule', { threshold: formatScore(data.threshold, i18n.language) })}
        </Text>
        {flagged.length === 0 ? (
          <Text size="sm">{t('tutorPractices.flags.none')}</Text>
        ) : (
          flagged.map((r) => (
            <Paper
              key={`${r.placementId}-${r.period}`}
              withBorder
              p="sm"
              data-testid={`flag-${r.placementName}-${r.period}`}
            >
              <Stack gap={6}>
                <Group gap="xs" wrap="wrap">
                  <Title order={3} size="h5">
                    {r.placementName} · {r.period}
                  </Title>
                  {r.followUp && (
                    <Badge color={r.followUp.state === 'DONE' ? '#1e6b2f' : '#8a5a00'} variant="filled">
                      {t(`tutorPractices.flags.states.${r.followUp.state}`)}
                    </Badge>
                  )}
                </Group>
                <List size="sm">
                  {reasonText(r, data.threshold, i18n.language, t).map((s) => (
                    <List.Item key={s}>{s}</List.Item>
                  ))}
                </List>
                {r.followUp && (
                  <Text size="sm">
                    {t('tutorPractices.flags.noted', { date: formatDate(r.followUp.notedOn, i18n.language) })}:{' '}
                    {r.followUp.note}
                  </Text>
                )}
                <FollowUpForm areaId={data.area.id} result={r} />
              </Stack>
            </Paper>
          ))
        )}
      </Stack>
    </Paper>
  );
}

function Results({ data }: { data: EvaluationOverview }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const placements = [...new Map(data.results.map((r) => [r.placementId, r.placementName])).entries()];
  const [selected, setSelected] = useState(placements[0]?.[0] ?? '');
  const series = data.results.filter((r) => r.placementId === selected);
  const cols: Column<PlacementResult>[] = [
    { key: 'placement', label: t('tutorPractices.import.placement'), value: (r) => r.placementName },
    { key: 'period', label: t('tutorPractices.import.period'), value: (r) => r.period },
    { key: 'mean', label: t('tutorPractices.results.mean'), value: (r) => formatScore(r.mean, lang), align: 'right' },
    { key: 'questions', label: t('tutorPractices.results.questions'), value: (r) => r.questions, align: 'right' },
    { key: 'n', label: t('tutorPractices.results.respondents'), value: (r) => r.respondents, align: 'right' },
    {
      key: 'flag',
      label: t('tutorPractices.results.flag'),
      value: (r) => (r.reasons.length ? reasonText(r, data.threshold, lang, t).join('; ') : '–'),
    },
  ];
  const exportCols: ExportColumn<PlacementResult>[] = [
    { header: t('tutorPractices.import.placement'), value: (r) => r.placementName },
    { header: t('tutorPractices.import.period'), value: (r) => r.period },
    { header: t('tutorPractices.results.mean'), value: (r) => r.mean },
    { header: t('tutorPractices.results.questions'), value: (r) => r.questions },
    { header: t('tutorPractices.results.respondents'), value: (r) => r.respondents },
    { header: t('tutorPractices.results.flag'), value: (r) => reasonText(r, data.threshold, lang, t).join('; ') },
  ];
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="results-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="results-heading">
          {t('tutorPractices.results.title')}
        </Title>
        {data.results.length === 0 ? (
          <Text size="sm">{t('tutorPractices.results.none')}</Text>
        ) : (
          <>
            <NativeSelect
              label={t('tutorPractices.results.placement')}
              value={selected}
              onChange={(e) => setSelected(e.currentTarget.value)}
              data={placements.map(([id, name]) => ({ value: id, label: name }))}
              maw={480}
            />
            <LineChart
              h={220}
              data={series.map((r) => ({ period: r.period, mean: r.mean }))}
              dataKey="period"
              yAxisProps={{ domain: [1, 5] }}
              referenceLines={[{ y: data.threshold, label: t('tutorPractices.results.threshold'), color: 'red.7' }]}
              series={[{ name: 'mean', label: t('tutorPractices.results.mean'), color: 'blue.7' }]}
              valueFormatter={(v) => formatScore(v, lang)}
              aria-hidden
            />
            <Table.ScrollContainer minWidth={0}>
              <Table aria-label={t('tutorPractices.results.chartTable')} data-testid="results-chart-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('tutorPractices.import.period')}</Table.Th>
                    <Table.Th ta="right">{t('tutorPractices.results.mean')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {series.map((r) => (
                    <Table.Tr key={r.period}>
                      <Table.Td>{r.period}</Table.Td>
                      <Table.Td ta="right">{formatScore(r.mean, lang)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Title order={3} size="h4">
              {t('tutorPractices.results.all')}
            </Title>
            <TableExport
              filename={`evalueringer-${data.area.name}`}
              sheetName={t('tutorPractices.results.sheet')}
              columns={exportCols}
              rows={data.results}
            />
            <ResponsiveTable
              rows={data.results}
              columns={cols}
              caption={t('tutorPractices.results.all')}
              testId="results-table"
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}

function Imports({ data }: { data: EvaluationOverview }) {
  const { t, i18n } = useTranslation();
  if (data.imports.length === 0) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="imports-heading">
      <Title order={2} size="h3" id="imports-heading">
        {t('tutorPractices.imports.title')}
      </Title>
      <List size="sm" mt="xs">
        {data.imports.map((i) => (
          <List.Item key={i.id}>
            {t('tutorPractices.imports.item', {
              file: i.fileName,
              date: new Date(i.importedAt).toLocaleString(i18n.language === 'da' ? 'da-DK' : 'en-GB'),
              by: i.importedBy ?? '–',
              rows: i.rowCount,
              replaced: i.replacedCount,
            })}
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}

/** Evaluation follow-up of a GP area: import, flags with follow-up notes, results per placement. */
export function EvaluationsPage({ data }: { data: EvaluationOverview }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={1100} data-testid="evaluations-page">
      <BackToArea areaId={data.area.id} name={data.area.name} />
      <div>
        <Title order={1}>{t('tutorPractices.evaluationsTitle')}</Title>
        <Text mt={4}>{data.area.name}</Text>
      </div>
      <ImportSection areaId={data.area.id} />
      <Flags data={data} />
      <Results data={data} />
      <Imports data={data} />
    </Stack>
  );
}
