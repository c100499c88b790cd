import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { CASE_TEXT_MAX, todayInDenmark, writeNoteSchema, type WriteNote } from '@portal/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/ui/query-error';
import { errorMessage } from '@/lib/error-message';
import { formatDate } from '@/lib/format';
import { useCaseNotes } from '../api/get-notes';
import { useWriteNote } from '../api/write-note';

/** Follow-up notes (append-only: a correction is a new note); not for the trainee. */
export function NotesSection({ caseId, mayWrite }: { caseId: string; mayWrite: boolean }) {
  const { t } = useTranslation();
  const q = useCaseNotes(caseId);
  const write = useWriteNote();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<WriteNote>({
    resolver: zodResolver(writeNoteSchema),
    defaultValues: { writtenOn: todayInDenmark(), text: '' },
  });
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await write.mutateAsync({ caseId, body: values });
      form.reset({ writtenOn: todayInDenmark(), text: '' });
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  });
  return (
    <Stack gap="sm" component="section" aria-labelledby="notes-heading">
      <Title order={2} size="h3" id="notes-heading">
        {t('difficultyCases.notes.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('difficultyCases.notes.who')}
      </Text>
      {q.error ? (
        <QueryError error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data && q.data.items.length === 0 ? (
        <Text size="sm">{t('difficultyCases.notes.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {q.data?.items.map((n) => (
            <Card key={n.id} component="li" withBorder padding="sm" radius="md">
              <Text size="sm" c="dimmed">
                {formatDate(n.writtenOn)} · {n.author.name}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {n.text}
              </Text>
            </Card>
          ))}
        </Stack>
      )}
      {mayWrite && (
        <form onSubmit={(e) => void submit(e)} noValidate data-testid="note-form">
          <Stack gap="xs">
            <Textarea
              label={t('difficultyCases.notes.new')}
              autosize
              minRows={2}
              maxLength={CASE_TEXT_MAX}
              required
              error={form.formState.errors.text?.message}
              {...form.register('text')}
            />
            <TextInput
              type="date"
              label={t('difficultyCases.notes.writtenOn')}
              max={todayInDenmark()}
              required
              error={form.formState.errors.writtenOn?.message}
              style={{ maxWidth: 240 }}
              {...form.register('writtenOn')}
            />
            {failure && (
              <Alert color="red" variant="light" role="alert">
                <Text size="sm">{failure}</Text>
              </Alert>
            )}
            <Button
              type="submit"
              variant="light"
              loading={form.formState.isSubmitting}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('difficultyCases.notes.save')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
