import { Alert, Anchor, Button, Group, List, Loader, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import {
  IMPORT_KINDS,
  IMPORT_PERMISSION,
  type ImportCommitResult,
  type ImportFileRequest,
  type ImportKind,
  type ImportPreview,
} from '@portal/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, isApiError } from '@/lib/api-client';
import { errorMessage, errorReference } from '@/lib/error-message';
import { startPageHref, useSession } from '@/lib/auth/use-session';
import { useCommitImport } from '../api/commit-import';
import { usePreviewImport } from '../api/preview-import';
import { readImportFile, TEMPLATE_FILE_NAMES, templateCsv } from '../lib/files';
import { PreviewTable } from './preview-table';

/** A readable text for a failed upload: the file problem by its code, or the general one. */
function UploadError({ error, title }: { error: unknown; title: string }) {
  const { t, i18n } = useTranslation();
  let text = errorMessage(error, t);
  if (error instanceof ApiError) {
    const fileError = error.problem.errors?.find((e) => e.path === 'body.file');
    const code = fileError?.code ?? error.code;
    // The API's Danish text names the missing column or the row count; other languages get the general text.
    if (fileError && i18n.language === 'da') text = fileError.message;
    else text = t(`imports.fileErrors.${code as 'FILE_TYPE'}`, { defaultValue: text });
  }
  const reference = errorReference(error);
  return (
    <Alert color="red" variant="light" title={title} role="alert" data-testid="import-error">
      <Text size="sm">{text}</Text>
      {reference && (
        <Text size="sm" c="dimmed">
          {t('errors.reference', { id: reference })}
        </Text>
      )}
    </Alert>
  );
}

function Summary({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const { summary } = preview;
  return (
    <Stack gap={4} role="status" data-testid="import-summary">
      <Text fw={600}>
        {t('imports.summary', { ok: summary.ok, errors: summary.errors, warnings: summary.warnings })}
      </Text>
      <Text size="sm">
        {summary.errors > 0
          ? t('imports.summaryErrors')
          : t('imports.summaryNoErrors', { create: summary.toCreate, skip: summary.toSkip })}
      </Text>
    </Stack>
  );
}

function Result({ result, onAgain }: { result: ImportCommitResult; onAgain: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      radius="md"
      component="section"
      aria-labelledby="import-result-heading"
      data-testid="import-result"
    >
      <Title order={2} size="h3" id="import-result-heading" ref={headingRef} tabIndex={-1} mb="sm">
        {t('imports.resultHeading')}
      </Title>
      <Text mb="sm" role="status">
        {t('imports.result', { created: result.created, skipped: result.skipped })}
      </Text>
      {result.records.length > 0 && (
        <>
          <Title order={3} size="h5" mb={4}>
            {t('imports.resultList')}
          </Title>
          <List size="sm" mb="md" data-testid="import-result-list">
            {result.records.slice(0, 200).map((r) => (
              <List.Item key={r.id}>
                {t('imports.row')} {r.row}: {r.label}
                {r.role && `: ${t(`roles.${r.role}`)}`}
                {r.unit && ` (${r.unit})`}
              </List.Item>
            ))}
          </List>
        </>
      )}
      <Group>
        <Button onClick={onAgain}>{t('imports.newImport')}</Button>
        <Anchor component={Link} to={startPageHref(me)}>
          {t('imports.toStart')}
        </Anchor>
      </Group>
    </Paper>
  );
}

/** Choose a kind, download its template, pick a file, see every row checked, then import all or nothing. */
export function ImportScreen() {
  const { t } = useTranslation();
  const { can } = useSession();
  const allowed = IMPORT_KINDS.filter((k) => can(IMPORT_PERMISSION[k]));
  const [kind, setKind] = useState<ImportKind>(allowed.includes('people') ? 'people' : (allowed[0] ?? 'people'));
  const [file, setFile] = useState<ImportFileRequest | null>(null);
  const [stale, setStale] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const preview = usePreviewImport();
  const commit = useCommitImport();

  function reset() {
    setFile(null);
    setStale(false);
    preview.reset();
    commit.reset();
    if (inputRef.current) inputRef.current.value = '';
  }

  async function onFile(f: File | undefined) {
    commit.reset();
    setStale(false);
    if (!f) return;
    const payload = await readImportFile(f);
    setFile(payload);
    preview.mutate({ kind, file: payload });
  }

  function onCommit() {
    if (!file) return;
    commit.mutate(
      { kind, file },
      {
        onError: (error) => {
          // The data changed since the preview: show the file's rows as they stand now.
          if (isApiError(error, 'VALIDATION_FAILED') || isApiError(error, 'CONFLICT')) {
            setStale(isApiError(error, 'VALIDATION_FAILED'));
            preview.mutate({ kind, file });
          }
        },
      },
    );
  }

  if (allowed.length === 0) {
    return (
      <Alert color="red" variant="light" role="alert">
        {t('errors.forbidden')}
      </Alert>
    );
  }
  if (commit.data) return <Result result={commit.data} onAgain={reset} />;

  const data = preview.data && preview.data.kind === kind ? preview.data : null;
  const busy = preview.isPending || commit.isPending;
  const canCommit = !!data && data.summary.errors === 0 && data.summary.toCreate > 0 && !busy;
  const ignored = data?.columns.filter((c) => c.field === null && c.header !== '').map((c) => c.header) ?? [];
  const templateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(templateCsv(kind))}`;

  return (
    <Stack gap="lg">
      <Paper
        withBorder
        p={{ base: 'md', sm: 'lg' }}
        radius="md"
        component="section"
        aria-labelledby="import-file-heading"
      >
        <Title order={2} size="h3" id="import-file-heading" mb="md">
          {t('imports.kindLegend')}
        </Title>
        <Stack gap="md">
          <Radio.Group
            value={kind}
            onChange={(v) => {
              setKind(v as ImportKind);
              reset();
            }}
            label={t('imports.kindLegend')}
            labelProps={{ className: 'visually-hidden' }}
          >
            <Group gap="lg" mt={4}>
              {allowed.map((k) => (
                <Radio key={k} value={k} label={t(`imports.kinds.${k}`)} disabled={busy} />
              ))}
            </Group>
          </Radio.Group>
          <Text size="sm" data-testid="import-kind-help">
            {t(`imports.kindHelp.${kind}`)}
          </Text>
          <Group gap="sm" align="center">
            <Button
              component="a"
              href={templateHref}
              download={TEMPLATE_FILE_NAMES[kind]}
              variant="light"
              data-testid="import-template"
            >
              {t('imports.template')}
            </Button>
            <Text size="sm" c="dimmed">
              {t('imports.templateHint')}
            </Text>
          </Group>
          <div>
            <label htmlFor={inputId} style={{ display: 'block', fontWeight: 600, marginBottom: 6 }}>
              {t('imports.fileLabel')}
            </label>
            <input
              id={inputId}
              ref={inputRef}
              type="file"
              className="import-file-input"
              accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              disabled={busy}
              data-testid="import-file"
              onChange={(e) => void onFile(e.currentTarget.files?.[0])}
            />
          </div>
        </Stack>
      </Paper>

      <div aria-live="polite">
        {busy && (
          <Group gap="sm" data-testid="import-progress">
            <Loader size="sm" aria-hidden />
            <Text>{commit.isPending ? t('imports.committing') : t('imports.checking')}</Text>
          </Group>
        )}
      </div>

      {preview.isError && <UploadError error={preview.error} title={t('imports.fileErrorTitle')} />}
      {commit.isError && !stale && <UploadError error={commit.error} title={t('imports.commitErrorTitle')} />}
      {stale && (
        <Alert color="yellow" variant="light" role="alert">
          {t('imports.stateChanged')}
        </Alert>
      )}

      {data && !preview.isPending && (
        <Paper
          withBorder
          p={{ base: 'md', sm: 'lg' }}
          radius="md"
          component="section"
          aria-labelledby="import-preview-heading"
        >
          <Title order={2} size="h3" id="import-preview-heading" mb={4}>
            {t('imports.previewHeading', { fileName: data.fileName })}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {data.format === 'csv'
              ? t('imports.fileInfoCsv', {
                  encoding: data.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252',
                  delimiter: data.delimiter,
                })
              : t('imports.fileInfoXlsx')}
            {ignored.length > 0 && ` · ${t('imports.ignoredColumns', { columns: ignored.join(', ') })}`}
          </Text>
          <Summary preview={data} />
          <Group mt="md" mb="md" gap="sm">
            <Button
              onClick={onCommit}
              disabled={!canCommit}
              loading={commit.isPending}
              aria-describedby="import-commit-hint"
              data-testid="import-commit"
            >
              {t('imports.commit')}
            </Button>
            <Button variant="default" onClick={() => inputRef.current?.click()} disabled={busy}>
              {t('imports.chooseOther')}
            </Button>
          </Group>
          {!canCommit && !busy && (
            <Text size="sm" id="import-commit-hint" mb="sm">
              {data.summary.errors > 0 ? t('imports.commitDisabledErrors') : t('imports.commitDisabledNothing')}
            </Text>
          )}
          <PreviewTable preview={data} />
        </Paper>
      )}
    </Stack>
  );
}
