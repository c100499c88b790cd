import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NumberInput, Stack, TextInput } from '@mantine/core';
import { roundInputSchema, type RoundInput } from '@portal/contracts';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { applyFieldErrors, ServerError } from './shared';

type Values = z.input<typeof roundInputSchema>;

/** Label, dates and reminder interval of a draft round. */
export function RoundForm({
  initial,
  pending,
  error,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: RoundInput;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (v: RoundInput) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<Values>({ resolver: zodResolver(roundInputSchema), defaultValues: initial });
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (v) => {
    try {
      await onSubmit(v);
    } catch (e) {
      applyFieldErrors(form, e);
    }
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('questionnaires.round.formLabel')}>
      <Stack gap="sm">
        <ServerError error={error} />
        <TextInput
          label={t('questionnaires.round.label')}
          required
          {...form.register('label')}
          error={errors.label?.message}
          data-testid="round-label"
        />
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('questionnaires.round.opensOn')}
            required
            {...form.register('opensOn')}
            error={errors.opensOn?.message}
            data-testid="round-opens"
          />
          <TextInput
            type="date"
            label={t('questionnaires.round.closesOn')}
            required
            {...form.register('closesOn')}
            error={errors.closesOn?.message}
            data-testid="round-closes"
          />
        </Group>
        <Controller
          control={form.control}
          name="reminderEveryDays"
          render={({ field }) => (
            <NumberInput
              label={t('questionnaires.round.reminderEveryDays')}
              description={t('questionnaires.round.reminderHint')}
              min={1}
              max={60}
              value={field.value ?? ''}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : null)}
              error={errors.reminderEveryDays?.message}
              data-testid="round-reminder"
            />
          )}
        />
        <Group gap="sm">
          <Button type="submit" loading={pending} data-testid="round-save">
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('questionnaires.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
