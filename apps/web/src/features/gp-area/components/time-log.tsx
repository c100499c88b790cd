import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, NativeSelect, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import {
  GP_TIME_KINDS,
  gpTimeEntryFieldsSchema,
  todayInDenmark,
  type GpTimeEntry,
  type GpTimeEntryFields,
} from '@portal/contracts';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { ResponsiveTable, type Column } from '@/components/ui/responsive-table';
import { applyFieldErrors } from '@/features/education-bodies/components/field-errors';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { formatDate } from '@/lib/format';
import { useDeleteTimeEntry } from '../api/delete-time-entry';
import { useTimeEntries } from '../api/get-time-entries';
import { useCreateTimeEntry, useUpdateTimeEntry } from '../api/save-time-entry';
import { fmtHours } from './labels';

/** Entries shown before "show all": the log grows through the year. */
const LATEST = 8;

const empty = (): GpTimeEntryFields => ({ workedOn: todayInDenmark(), kind: 'TRAINEE_CONTACT', hours: 1, note: null });

/** The AMU's time log: add, edit and delete own entries (a stale version shows a conflict). */
export function TimeLog({ areaId, year, canLog }: { areaId: string; year: number; canLog: boolean }) {
  const { t, i18n } = useTranslation();
  const entries = useTimeEntries(areaId, year);
  const create = useCreateTimeEntry(areaId);
  const update = useUpdateTimeEntry(areaId);
  const remove = useDeleteTimeEntry(areaId);
  const [editing, setEditing] = useState<GpTimeEntry | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const form = useForm<GpTimeEntryFields>({ resolver: zodResolver(gpTimeEntryFieldsSchema), defaultValues: empty() });
  const errors = form.formState.errors;
  const mutation = editing ? update : create;

  const onError = (error: unknown) => {
    if (isApiError(error, 'CONFLICT')) setConflict(true);
    else applyFieldErrors(error, form.setError);
  };
  const submit = form.handleSubmit((values) => {
    setSaved(false);
    setConflict(false);
    const body = { ...values, note: values.note?.trim() ? values.note.trim() : null };
    const done = () => {
      setSaved(true);
      setEditing(null);
      form.reset(empty());
    };
    if (editing)
      update.mutate({ id: editing.id, body: { ...body, version: editing.version } }, { onSuccess: done, onError });
    else create.mutate(body, { onSuccess: done, onError });
  });

  const columns: Column<GpTimeEntry>[] = [
    { key: 'date', label: t('gpArea.log.date'), value: (r) => formatDate(r.workedOn) },
    { key: 'kind', label: t('gpArea.log.kind'), value: (r) => t(`gpArea.kinds.${r.kind}`) },
    { key: 'hours', label: t('gpArea.log.hours'), value: (r) => fmtHours(r.hours, i18n.language), align: 'right' },
    { key: 'note', label: t('gpArea.log.note'), value: (r) => r.note ?? '–' },
    { key: 'by', label: t('gpArea.log.by'), value: (r) => r.user.name },
    {
      key: 'actions',
      label: t('gpArea.log.actions'),
      value: (r) =>
        r.own ? (
          <Group gap={4} wrap="nowrap">
            <Button
              size="compact-sm"
              variant="subtle"
              aria-label={t('gpArea.log.editLabel', { date: formatDate(r.workedOn) })}
              onClick={() => {
                setEditing(r);
                setConflict(false);
                form.reset({ workedOn: r.workedOn, kind: r.kind, hours: r.hours, note: r.note });
              }}
            >
              {t('gpArea.log.edit')}
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              aria-label={t('gpArea.log.deleteLabel', { date: formatDate(r.workedOn) })}
              onClick={() =>
                remove.mutate(
                  { id: r.id, version: r.version },
                  { onError: (e) => isApiError(e, 'CONFLICT') && setConflict(true) },
                )
              }
            >
              {t('gpArea.log.delete')}
            </Button>
          </Group>
        ) : (
          '–'
        ),
    },
  ];

  return (
    <Stack gap="sm" data-testid="gp-time-log">
      <Title order={3} size="h4">
        {t('gpArea.log.heading', { year })}
      </Title>
      {conflict && (
        <Alert color="orange" variant="light" role="alert" title={t('gpArea.log.conflictTitle')}>
          {t('gpArea.log.conflict')}
        </Alert>
      )}
      {remove.error && !isApiError(remove.error, 'CONFLICT') && (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(remove.error, t)}
        </Alert>
      )}
      {canLog ? (
        <form
          onSubmit={(e) => void submit(e)}
          noValidate
          aria-labelledby="gp-log-form-heading"
          data-testid="gp-log-form"
        >
          <Stack gap="xs">
            <Text fw={600} id="gp-log-form-heading">
              {editing ? t('gpArea.log.editHeading') : t('gpArea.log.addHeading')}
            </Text>
            <Group align="flex-start" gap="sm" wrap="wrap">
              <TextInput
                type="date"
                label={t('gpArea.log.date')}
                required
                w={170}
                {...form.register('workedOn')}
                error={errors.workedOn && t('gpArea.log.dateError')}
              />
              <NativeSelect
                label={t('gpArea.log.kind')}
                required
                w={260}
                data={GP_TIME_KINDS.map((k) => ({ value: k, label: t(`gpArea.kinds.${k}`) }))}
                {...form.register('kind')}
                error={errors.kind?.message}
              />
              <Controller
                control={form.control}
                name="hours"
                render={({ field }) => (
                  <NumberInput
                    label={t('gpArea.log.hours')}
                    description={t('gpArea.log.hoursHint')}
                    required
                    w={150}
                    min={0.25}
                    max={24}
                    step={0.25}
                    decimalScale={2}
                    decimalSeparator={i18n.language === 'da' ? ',' : '.'}
                    value={field.value}
                    onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v))}
                    onBlur={field.onBlur}
                    error={errors.hours && t('gpArea.log.hoursError')}
                  />
                )}
              />
            </Group>
            <TextInput
              label={t('gpArea.log.note')}
              maxLength={1000}
              {...form.register('note', { setValueAs: (v: string | null) => v ?? null })}
              error={errors.note?.message}
            />
            {mutation.error &&
              !isApiError(mutation.error, 'VALIDATION_FAILED') &&
              !isApiError(mutation.error, 'CONFLICT') && (
                <Alert color="red" variant="light" role="alert">
                  {errorMessage(mutation.error, t)}
                </Alert>
              )}
            <Group gap="sm">
              <Button type="submit" loading={mutation.isPending}>
                {editing ? t('gpArea.log.save') : t('gpArea.log.add')}
              </Button>
              {editing && (
                <Button
                  variant="default"
                  onClick={() => {
                    setEditing(null);
                    form.reset(empty());
                  }}
                >
                  {t('gpArea.log.cancel')}
                </Button>
              )}
            </Group>
            {saved && (
              <Text size="sm" c="#236b32" role="status">
                {t('gpArea.log.saved')}
              </Text>
            )}
          </Stack>
        </form>
      ) : (
        <Text size="sm" c="dimmed">
          {t('gpArea.log.readOnly')}
        </Text>
      )}
      {entries.isPending && <PageLoader />}
      {entries.error && <QueryError error={entries.error} onRetry={() => void entries.refetch()} />}
      {entries.data &&
        (entries.data.items.length === 0 ? (
          <Text c="dimmed">{t('gpArea.log.none')}</Text>
        ) : (
          <>
            <ResponsiveTable
              rows={showAll ? entries.data.items : entries.data.items.slice(0, LATEST)}
              columns={columns}
              caption={t('gpArea.log.caption', { year })}
              testId="gp-log-table"
            />
            {!showAll && entries.data.items.length > LATEST && (
              <Group>
                <Button variant="subtle" onClick={() => setShowAll(true)}>
                  {t('gpArea.log.showAll', { count: entries.data.items.length })}
                </Button>
              </Group>
            )}
          </>
        ))}
    </Stack>
  );
}
