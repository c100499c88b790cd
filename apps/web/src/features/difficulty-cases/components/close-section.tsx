import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { CASE_TEXT_MAX, closeCaseSchema, todayInDenmark, type CaseDetail, type CloseCase } from '@portal/contracts';
import { useEffect, useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { formatDate } from '@/lib/format';
import { useCloseCase } from '../api/close-case';

/** The closure: the outcome when closed; for writers of an open case, the form (version, 409 when stale). */
export function CloseSection({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const close = useCloseCase();
  const [failure, setFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const form = useForm<CloseCase>({
    resolver: zodResolver(closeCaseSchema),
    defaultValues: { closedOn: todayInDenmark(), closingSummary: '', version: c.version },
  });
  useEffect(() => form.setValue('version', c.version), [c.version, form]);
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await close.mutateAsync({ caseId: c.id, body: values });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT') setFailure(t('difficultyCases.close.conflict'));
      else if (error instanceof ApiError && error.code === 'VALIDATION_FAILED' && error.problem.errors) {
        for (const e of error.problem.errors)
          form.setError(e.path.replace(/^body\./, '') as FieldPath<CloseCase>, { message: e.message });
      } else setFailure(errorMessage(error, t));
    }
  });
  return (
    <Stack gap="sm" component="section" aria-labelledby="close-heading">
      <Title order={2} size="h3" id="close-heading">
        {t('difficultyCases.close.title')}
      </Title>
      {c.state === 'CLOSED' ? (
        <div data-testid="closure">
          <Text size="sm" fw={600}>
            {t('difficultyCases.close.closedOn', { date: formatDate(c.closedOn ?? '') })}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {c.closingSummary}
          </Text>
        </div>
      ) : !c.mayWrite ? (
        <Text size="sm">{t('difficultyCases.close.stillOpen')}</Text>
      ) : !confirming ? (
        <Button variant="default" onClick={() => setConfirming(true)} style={{ alignSelf: 'flex-start' }}>
          {t('difficultyCases.close.start')}
        </Button>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate data-testid="close-form">
          <Stack gap="xs">
            <Textarea
              label={t('difficultyCases.close.summary')}
              description={t('difficultyCases.close.summaryHint')}
              autosize
              minRows={3}
              maxLength={CASE_TEXT_MAX}
              required
              error={form.formState.errors.closingSummary?.message}
              {...form.register('closingSummary')}
            />
            <TextInput
              type="date"
              label={t('difficultyCases.close.date')}
              max={todayInDenmark()}
              required
              error={form.formState.errors.closedOn?.message}
              style={{ maxWidth: 240 }}
              {...form.register('closedOn')}
            />
            {failure && (
              <Alert color="red" variant="light" role="alert">
                <Text size="sm">{failure}</Text>
              </Alert>
            )}
            <Text size="sm" c="dimmed">
              {t('difficultyCases.close.readOnly')}
            </Text>
            <Button
              type="submit"
              color="grape"
              loading={form.formState.isSubmitting}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('difficultyCases.close.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
