import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Badge, Button, Group, NativeSelect, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import {
  GP_DIFFICULTY_HANDLED_WITH,
  addGpDifficultyEntrySchema,
  todayInDenmark,
  type AddGpDifficultyEntry,
  type GpDifficultyNote,
} from '@portal/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { applyFieldErrors } from '@/features/education-bodies/components/field-errors';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { formatDate } from '@/lib/format';
import { useDifficulty } from '../api/get-difficulty';
import { useAddDifficultyEntry, useUpdateDifficulty } from '../api/save-difficulty';

/**
 * "Forløb med udfordringer": a restricted note, read only by the area's AMUs. It is opened on
 * request (every read is audited), and says plainly who can read it.
 */
export function DifficultyPanel({ areaId, courseId, canRead }: { areaId: string; courseId: string; canRead: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const note = useDifficulty(areaId, courseId, canRead && open);
  return (
    <Stack gap="sm" component="section" aria-labelledby="gp-difficulty-heading" data-testid="gp-difficulty">
      <Title order={2} size="h3" id="gp-difficulty-heading">
        {t('gpArea.difficulty.heading')}
      </Title>
      <Alert color="gray" variant="light" title={t('gpArea.difficulty.whoTitle')} data-testid="gp-difficulty-who">
        {t('gpArea.difficulty.who')}
      </Alert>
      {!canRead && <Text>{t('gpArea.difficulty.notForYou')}</Text>}
      {canRead && !open && (
        <Group>
          <Button variant="outline" onClick={() => setOpen(true)} data-testid="gp-difficulty-open">
            {t('gpArea.difficulty.open')}
          </Button>
        </Group>
      )}
      {open && note.isPending && <PageLoader />}
      {note.error && <QueryError error={note.error} onRetry={() => void note.refetch()} />}
      {note.data && (
        <>
          {note.data.note ? (
            <NoteView areaId={areaId} courseId={courseId} note={note.data.note} />
          ) : (
            <Text c="dimmed">{t('gpArea.difficulty.none')}</Text>
          )}
          <EntryForm areaId={areaId} courseId={courseId} opened={note.data.note !== null} />
        </>
      )}
    </Stack>
  );
}

function NoteView({ areaId, courseId, note }: { areaId: string; courseId: string; note: GpDifficultyNote }) {
  const { t } = useTranslation();
  const update = useUpdateDifficulty(areaId, courseId);
  const next = note.state === 'OPEN' ? 'CLOSED' : 'OPEN';
  return (
    <Stack gap="xs" data-testid="gp-difficulty-note">
      <Group gap="sm" wrap="wrap">
        <Badge color={note.state === 'OPEN' ? 'red.9' : 'gray.7'} variant="filled">
          {t(`gpArea.difficulty.states.${note.state}`)}
        </Badge>
        <Text size="sm">
          {t('gpArea.difficulty.handledWithLabel')}: {t(`gpArea.difficulty.handledWith.${note.handledWith}`)}
        </Text>
        <Text size="sm" c="dimmed">
          {t('gpArea.difficulty.openedBy', { name: note.openedBy.name })}
        </Text>
      </Group>
      <Group gap="sm" wrap="wrap" align="flex-end">
        <NativeSelect
          label={t('gpArea.difficulty.handledWithLabel')}
          w={340}
          maw="100%"
          value={note.handledWith}
          data={GP_DIFFICULTY_HANDLED_WITH.map((h) => ({ value: h, label: t(`gpArea.difficulty.handledWith.${h}`) }))}
          onChange={(e) =>
            update.mutate({
              state: note.state,
              handledWith: e.currentTarget.value as GpDifficultyNote['handledWith'],
              version: note.version,
            })
          }
        />
        <Button
          variant="default"
          loading={update.isPending}
          onClick={() => update.mutate({ state: next, handledWith: note.handledWith, version: note.version })}
        >
          {next === 'CLOSED' ? t('gpArea.difficulty.close') : t('gpArea.difficulty.reopen')}
        </Button>
      </Group>
      {update.error && (
        <Alert color={isApiError(update.error, 'CONFLICT') ? 'orange' : 'red'} variant="light" role="alert">
          {isApiError(update.error, 'CONFLICT') ? t('gpArea.difficulty.conflict') : errorMessage(update.error, t)}
        </Alert>
      )}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} data-testid="gp-difficulty-entries">
        {note.entries.map((e) => (
          <li key={e.id}>
            <Text size="sm" fw={600}>
              {formatDate(e.entryOn)} · {e.author.name}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {e.text}
            </Text>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

function EntryForm({ areaId, courseId, opened }: { areaId: string; courseId: string; opened: boolean }) {
  const { t } = useTranslation();
  const add = useAddDifficultyEntry(areaId, courseId);
  const empty = (): AddGpDifficultyEntry => ({ entryOn: todayInDenmark(), text: '', handledWith: 'TUTOR' });
  const form = useForm<AddGpDifficultyEntry>({
    resolver: zodResolver(addGpDifficultyEntrySchema),
    defaultValues: empty(),
  });
  const errors = form.formState.errors;
  return (
    <form
      noValidate
      data-testid="gp-difficulty-form"
      onSubmit={(e) =>
        void form.handleSubmit((values) =>
          add.mutate(values, {
            onSuccess: () => form.reset(empty()),
            onError: (error) => applyFieldErrors(error, form.setError),
          }),
        )(e)
      }
    >
      <Stack gap="xs">
        <Text fw={600}>{opened ? t('gpArea.difficulty.addEntry') : t('gpArea.difficulty.openNote')}</Text>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            type="date"
            label={t('gpArea.difficulty.date')}
            required
            w={170}
            {...form.register('entryOn')}
            error={errors.entryOn && t('gpArea.log.dateError')}
          />
          {!opened && (
            <NativeSelect
              label={t('gpArea.difficulty.handledWithLabel')}
              w={340}
              maw="100%"
              data={GP_DIFFICULTY_HANDLED_WITH.map((h) => ({
                value: h,
                label: t(`gpArea.difficulty.handledWith.${h}`),
              }))}
              {...form.register('handledWith')}
            />
          )}
        </Group>
        <Textarea
          label={t('gpArea.difficulty.text')}
          required
          autosize
          minRows={3}
          maxLength={4000}
          {...form.register('text')}
          error={errors.text && t('gpArea.contacts.noteError')}
        />
        {add.error && !isApiError(add.error, 'VALIDATION_FAILED') && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(add.error, t)}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t('gpArea.difficulty.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
