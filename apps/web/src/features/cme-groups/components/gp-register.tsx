import {
  Badge,
  Button,
  Checkbox,
  FileInput,
  Group,
  List,
  Modal,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import {
  GP_IMPORT_TEMPLATE,
  gpFieldsSchema,
  type GeneralPractitioner,
  type GpFields,
  type GpImportPreview,
  type GpListItem,
  type ImportFileRequest,
} from '@portal/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { ResponsiveTable } from '@/components/ui/responsive-table';
import { readImportFile } from '@/features/imports/lib/files';
import { ApiError } from '@/lib/api-client';
import { useCommitGpImport } from '../api/commit-gp-import';
import { useCreateGp } from '../api/create-gp';
import { useGps, type GpFilter } from '../api/get-gps';
import { usePractices } from '../api/get-practices';
import { cmeKeys } from '../api/keys';
import { useLeaveGp } from '../api/leave-gp';
import { usePreviewGpImport } from '../api/preview-gp-import';
import { useUpdateGp } from '../api/update-gp';
import { applyFieldErrors, formatDate, NewlySettledText, ServerError, todayIso } from './shared';

type FormValues = { [K in keyof GpFields]: GpFields[K] extends string | null ? string : GpFields[K] };
const blank: FormValues = { practiceId: '', name: '', email: '', authorisationId: '', settledOn: '', leftOn: '' };
const toForm = (g: GeneralPractitioner): FormValues => ({
  practiceId: g.practice.id,
  name: g.name,
  email: g.email ?? '',
  authorisationId: g.authorisationId ?? '',
  settledOn: g.settledOn ?? '',
  leftOn: g.leftOn ?? '',
});
const fromForm = (v: FormValues): GpFields => ({
  practiceId: v.practiceId,
  name: v.name,
  email: v.email || null,
  authorisationId: v.authorisationId || null,
  settledOn: v.settledOn || null,
  leftOn: v.leftOn || null,
});
/** The contract checks the values as the API takes them (empty fields are null). */
const resolver: Resolver<FormValues> = async (values) => {
  const r = gpFieldsSchema.safeParse(fromForm(values));
  if (r.success) return { values, errors: {} };
  const errors: FieldErrors<FormValues> = {};
  for (const i of r.error.issues) {
    const k = i.path[0] as keyof FormValues;
    errors[k] ??= { type: i.code, message: i.message };
  }
  return { values: {}, errors };
};

function GpForm({ gp, onDone }: { gp: GeneralPractitioner | null; onDone: () => void }) {
  const { t } = useTranslation();
  const practices = usePractices();
  const create = useCreateGp();
  const update = useUpdateGp();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<FormValues>({
    defaultValues: gp ? toForm(gp) : blank,
    resolver,
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      if (gp) await update.mutateAsync({ id: gp.id, body: { ...fromForm(v), version: gp.version } });
      else await create.mutateAsync(fromForm(v));
      onDone();
    } catch (e) {
      applyFieldErrors(form, e);
      setError(e);
      if (e instanceof ApiError && e.code === 'CONFLICT') void queryClient.invalidateQueries({ queryKey: cmeKeys.all });
    }
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="gp-form">
      <Stack gap="sm">
        <ServerError error={error} />
        <TextInput
          label={t('cmeGroups.fields.name')}
          required
          error={errors.name?.message}
          {...form.register('name')}
        />
        <NativeSelect
          label={t('cmeGroups.fields.practice')}
          required
          error={errors.practiceId ? t('cmeGroups.register.choosePractice') : undefined}
          data={[
            { value: '', label: t('cmeGroups.register.choosePractice') },
            ...(practices.data?.items ?? []).map((p) => ({
              value: p.id,
              label: p.area ? `${p.name} (${p.area.name})` : p.name,
            })),
          ]}
          {...form.register('practiceId')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('cmeGroups.fields.authorisationId')}
            error={errors.authorisationId?.message}
            {...form.register('authorisationId')}
          />
          <TextInput
            type="email"
            label={t('cmeGroups.fields.email')}
            error={errors.email?.message}
            {...form.register('email')}
          />
          <TextInput
            type="date"
            label={t('cmeGroups.fields.settledOn')}
            error={errors.settledOn?.message}
            {...form.register('settledOn')}
          />
          <TextInput
            type="date"
            label={t('cmeGroups.fields.leftOn')}
            error={errors.leftOn?.message}
            {...form.register('leftOn')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('cmeGroups.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('cmeGroups.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ImportSection() {
  const { t } = useTranslation();
  const preview = usePreviewGpImport();
  const commit = useCommitGpImport();
  const [file, setFile] = useState<ImportFileRequest | null>(null);
  const [result, setResult] = useState<GpImportPreview | null>(null);
  const [done, setDone] = useState<{ created: number; updated: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const choose = async (f: File | null) => {
    setResult(null);
    setDone(null);
    setError(null);
    if (!f) return setFile(null);
    const req = await readImportFile(f);
    setFile(req);
    try {
      setResult(await preview.mutateAsync(req));
    } catch (e) {
      setError(e);
    }
  };
  const onCommit = async () => {
    if (!file) return;
    setError(null);
    try {
      setDone(await commit.mutateAsync(file));
      setResult(null);
      setFile(null);
    } catch (e) {
      setError(e);
    }
  };
  const template = () => {
    const csv = [GP_IMPORT_TEMPLATE.headers, GP_IMPORT_TEMPLATE.example].map((r) => r.join(';')).join('\r\n');
    const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'praktiserende-laeger-skabelon.csv';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="gp-import-heading">
      <Title order={2} id="gp-import-heading">
        {t('cmeGroups.register.importTitle')}
      </Title>
      <Text size="sm">{t('cmeGroups.register.importIntro')}</Text>
      <Group align="flex-end">
        <FileInput
          label={t('cmeGroups.register.file')}
          accept=".csv,.xlsx,text/csv"
          clearable
          onChange={(f) => void choose(f)}
          w={{ base: '100%', sm: 320 }}
          data-testid="gp-import-file"
        />
        <Button variant="default" onClick={template}>
          {t('cmeGroups.register.template')}
        </Button>
      </Group>
      <ServerError error={error} />
      {done && (
        <Text role="status" c="teal.9" data-testid="gp-import-done">
          {t('cmeGroups.register.imported', done)}
        </Text>
      )}
      {result && (
        <Paper withBorder p="md" radius="md" data-testid="gp-import-preview">
          <Stack gap="sm">
            <Text role="status">{t('cmeGroups.register.previewSummary', result.summary)}</Text>
            <ResponsiveTable
              caption={t('cmeGroups.register.previewCaption')}
              testId="gp-import-rows"
              rows={result.rows}
              columns={[
                { key: 'row', label: t('cmeGroups.register.row'), value: (r) => r.row },
                {
                  key: 'action',
                  label: t('cmeGroups.register.action'),
                  value: (r) => (
                    <Badge
                      color={r.action === 'none' ? 'red.9' : 'gray'}
                      variant={r.action === 'none' ? 'filled' : 'light'}
                      c={r.action === 'none' ? undefined : 'dark.8'}
                    >
                      {t(`cmeGroups.register.actions.${r.action}`)}
                    </Badge>
                  ),
                },
                { key: 'name', label: t('cmeGroups.fields.name'), value: (r) => r.values.name ?? '–' },
                {
                  key: 'auth',
                  label: t('cmeGroups.fields.authorisationId'),
                  value: (r) => r.values.authorisationId ?? '–',
                },
                { key: 'practice', label: t('cmeGroups.fields.practice'), value: (r) => r.values.practice ?? '–' },
                {
                  key: 'errors',
                  label: t('cmeGroups.register.errors'),
                  value: (r) =>
                    r.errors.length === 0 ? (
                      r.existing ? (
                        t('cmeGroups.register.updates', { name: r.existing.name })
                      ) : (
                        '–'
                      )
                    ) : (
                      <List size="sm">
                        {r.errors.map((e, i) => (
                          <List.Item key={i}>{e.message}</List.Item>
                        ))}
                      </List>
                    ),
                },
              ]}
            />
            <Group>
              <Button onClick={() => void onCommit()} disabled={result.summary.errors > 0} loading={commit.isPending}>
                {t('cmeGroups.register.commit', { count: result.summary.toCreate + result.summary.toUpdate })}
              </Button>
              {result.summary.errors > 0 && <Text size="sm">{t('cmeGroups.register.fixFirst')}</Text>}
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

/** The GP register: search and filters, add, edit, mark as left, import a GP list. */
export function GpRegister() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const practices = usePractices();
  const [filter, setFilter] = useState<GpFilter>({});
  const q = useGps(filter);
  const [editing, setEditing] = useState<GeneralPractitioner | 'new' | null>(null);
  const leave = useLeaveGp();
  const [leaveError, setLeaveError] = useState<unknown>(null);
  const areas = new Map(
    (practices.data?.items ?? []).flatMap((p) => (p.area ? [[p.area.id, p.area.name] as const] : [])),
  );
  const set = (k: keyof GpFilter, v: string | undefined) => setFilter((f) => ({ ...f, [k]: v || undefined }));
  const markLeft = async (g: GpListItem) => {
    setLeaveError(null);
    try {
      await leave.mutateAsync({ id: g.id, body: { leftOn: todayIso(), version: g.version } });
    } catch (e) {
      setLeaveError(e);
    }
  };
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md" component="section" aria-label={t('cmeGroups.register.filters')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('cmeGroups.register.search')}
            value={filter.q ?? ''}
            onChange={(e) => set('q', e.currentTarget.value)}
          />
          <NativeSelect
            label={t('cmeGroups.coverage.area')}
            value={filter.areaId ?? ''}
            onChange={(e) => set('areaId', e.currentTarget.value)}
            data={[
              { value: '', label: t('cmeGroups.register.all') },
              ...[...areas].map(([id, name]) => ({ value: id, label: name })),
            ]}
          />
          <NativeSelect
            label={t('cmeGroups.fields.practice')}
            value={filter.practiceId ?? ''}
            onChange={(e) => set('practiceId', e.currentTarget.value)}
            data={[
              { value: '', label: t('cmeGroups.register.all') },
              ...(practices.data?.items ?? []).map((p) => ({ value: p.id, label: p.name })),
            ]}
          />
        </SimpleGrid>
        <Group mt="sm" gap="lg">
          <Checkbox
            label={t('cmeGroups.newlySettled')}
            checked={filter.newlySettled === 'true'}
            onChange={(e) => set('newlySettled', e.currentTarget.checked ? 'true' : undefined)}
          />
          <Checkbox
            label={t('cmeGroups.inNoGroup')}
            checked={filter.inNoGroup === 'true'}
            onChange={(e) => set('inNoGroup', e.currentTarget.checked ? 'true' : undefined)}
          />
          <Checkbox
            label={t('cmeGroups.register.includeLeft')}
            checked={filter.includeLeft === 'true'}
            onChange={(e) => set('includeLeft', e.currentTarget.checked ? 'true' : undefined)}
          />
        </Group>
      </Paper>
      <Group justify="space-between">
        <Title order={2}>{t('cmeGroups.register.listTitle', { count: q.data?.items.length ?? 0 })}</Title>
        <Button onClick={() => setEditing('new')}>{t('cmeGroups.register.add')}</Button>
      </Group>
      <ServerError error={leaveError} />
      {q.isPending ? (
        <PageLoader />
      ) : q.error ? (
        <QueryError error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <ResponsiveTable
          caption={t('cmeGroups.register.caption')}
          testId="gp-list"
          rows={q.data.items}
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
            { key: 'area', label: t('cmeGroups.coverage.area'), value: (g) => g.practice.area?.name ?? '–' },
            { key: 'settled', label: t('cmeGroups.fields.settledOn'), value: (g) => formatDate(g.settledOn, lang) },
            {
              key: 'groups',
              label: t('cmeGroups.register.groups'),
              value: (g) =>
                g.active
                  ? g.groupCount === 0
                    ? t('cmeGroups.inNoGroup')
                    : g.groupCount
                  : t('cmeGroups.register.left', { date: formatDate(g.leftOn, lang) }),
            },
            {
              key: 'actions',
              label: t('cmeGroups.register.actionsLabel'),
              value: (g) => (
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => setEditing(g)}
                    aria-label={t('cmeGroups.register.editAria', { name: g.name })}
                  >
                    {t('cmeGroups.edit')}
                  </Button>
                  {g.active && (
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => void markLeft(g)}
                      aria-label={t('cmeGroups.register.leaveAria', { name: g.name })}
                    >
                      {t('cmeGroups.register.leave')}
                    </Button>
                  )}
                </Group>
              ),
            },
          ]}
        />
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('cmeGroups.register.add') : t('cmeGroups.register.editTitle')}
      >
        {editing && <GpForm gp={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      </Modal>
      <ImportSection />
    </Stack>
  );
}
