import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { addReaderSchema, CASE_REASON_MAX, type AddReader } from '@portal/contracts';
import { useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/ui/query-error';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { formatDateTimeAsDate } from '@/lib/format';
import { useAddReader } from '../api/add-reader';
import { useCaseReaders } from '../api/get-readers';
import { useRemoveReader } from '../api/remove-reader';

/** Who can read the case: the readers by role now, those added with a reason; writers add and remove. */
export function ReadersSection({ caseId, mayAdd, mayRemove }: { caseId: string; mayAdd: boolean; mayRemove: boolean }) {
  const { t } = useTranslation();
  const q = useCaseReaders(caseId);
  const add = useAddReader();
  const remove = useRemoveReader();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<AddReader>({ resolver: zodResolver(addReaderSchema), defaultValues: { email: '', reason: '' } });
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await add.mutateAsync({ caseId, body: values });
      form.reset({ email: '', reason: '' });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VALIDATION_FAILED' && error.problem.errors) {
        for (const e of error.problem.errors)
          form.setError(e.path.replace(/^body\./, '') as FieldPath<AddReader>, { message: e.message });
      } else if (error instanceof ApiError && error.code === 'CONFLICT')
        setFailure(t('difficultyCases.readers.already'));
      else setFailure(errorMessage(error, t));
    }
  });
  return (
    <Stack gap="sm" component="section" aria-labelledby="readers-heading">
      <Title order={2} size="h3" id="readers-heading">
        {t('difficultyCases.readers.title')}
      </Title>
      {q.error ? (
        <QueryError error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data ? (
        <>
          <List size="sm" spacing={4} data-testid="automatic-readers">
            {q.data.automatic.map((r) => (
              <List.Item key={`${r.user.id}-${r.kind}`}>
                {r.user.name} – {t(`difficultyCases.readerKinds.${r.kind}`)}
              </List.Item>
            ))}
          </List>
          {q.data.added.length > 0 && (
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} data-testid="added-readers">
              {q.data.added.map((r) => (
                <Card key={r.id} component="li" withBorder padding="sm" radius="md">
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <div>
                      <Text size="sm" fw={600}>
                        {r.user.name}
                      </Text>
                      <Text size="sm">{t('difficultyCases.readers.reason', { reason: r.reason })}</Text>
                      <Text size="xs" c="dimmed">
                        {t('difficultyCases.readers.addedBy', {
                          name: r.addedBy.name,
                          date: formatDateTimeAsDate(r.addedAt),
                        })}
                      </Text>
                    </div>
                    {mayRemove && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        loading={remove.isPending && remove.variables?.readerId === r.id}
                        onClick={() => remove.mutate({ caseId, readerId: r.id })}
                        aria-label={t('difficultyCases.readers.removeName', { name: r.user.name })}
                      >
                        {t('difficultyCases.readers.remove')}
                      </Button>
                    )}
                  </Group>
                </Card>
              ))}
            </Stack>
          )}
        </>
      ) : null}
      {mayAdd && (
        <form onSubmit={(e) => void submit(e)} noValidate data-testid="reader-form">
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('difficultyCases.readers.add')}
            </Title>
            <TextInput
              type="email"
              label={t('difficultyCases.readers.email')}
              required
              error={form.formState.errors.email?.message}
              {...form.register('email')}
            />
            <TextInput
              label={t('difficultyCases.readers.reasonLabel')}
              description={t('difficultyCases.readers.reasonHint')}
              required
              maxLength={CASE_REASON_MAX}
              error={form.formState.errors.reason?.message}
              {...form.register('reason')}
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
              {t('difficultyCases.readers.addButton')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
