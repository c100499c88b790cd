import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, NativeSelect, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { CADENCE_UNITS, updateBodyRequestSchema, type BodyDetail, type UpdateBodyRequest } from '@portal/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { bodyKeys } from '../api/keys';
import { useUpdateEducationBody } from '../api/update-education-body';
import { applyFieldErrors } from './field-errors';

/** Name, cadence and kommissorium; a stale version shows the stored text next to the user's. */
export function BodySettingsForm({ body, onDone }: { body: BodyDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateEducationBody(body.id);
  const form = useForm<UpdateBodyRequest>({
    resolver: zodResolver(updateBodyRequestSchema),
    defaultValues: {
      name: body.name,
      cadence: body.cadence,
      termsOfReference: body.termsOfReference,
      version: body.version,
    },
  });
  const { errors } = form.formState;
  const conflict = update.isError && isApiError(update.error, 'CONFLICT');
  // After a 409 the page's query is refetched: `body` is then the stored version.
  const stale = conflict && body.version !== form.getValues('version');

  const onSubmit = form.handleSubmit((values) =>
    update.mutate(values, {
      onSuccess: onDone,
      onError: (error) => {
        if (isApiError(error, 'CONFLICT')) void queryClient.invalidateQueries({ queryKey: bodyKeys.detail(body.id) });
        else applyFieldErrors(error, form.setError);
      },
    }),
  );

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('bodies.body.edit')}>
      <Stack gap="md">
        {update.isError && !conflict && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(update.error, t)}
          </Alert>
        )}
        {conflict && (
          <Alert color="#9a3412" variant="light" role="alert" title={t('bodies.meeting.conflictTitle')}>
            <Text size="sm">{t('bodies.meeting.conflictText')}</Text>
            {stale && (
              <>
                <Text size="sm" fw={600} mt="sm">
                  {t('bodies.meeting.theirs')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="tor-theirs">
                  {body.termsOfReference || '–'}
                </Text>
                <Button
                  size="xs"
                  mt="sm"
                  variant="outline"
                  onClick={() => {
                    form.setValue('version', body.version);
                    update.reset();
                  }}
                >
                  {t('bodies.meeting.keepMine')}
                </Button>
              </>
            )}
          </Alert>
        )}
        <TextInput
          label={t('bodies.form.name')}
          error={errors.name && t('bodies.form.required')}
          required
          withAsterisk={false}
          {...form.register('name')}
        />
        <Group grow align="flex-start">
          <Controller
            control={form.control}
            name="cadence.value"
            render={({ field }) => (
              <NumberInput
                label={t('bodies.cadence.value')}
                min={1}
                max={730}
                value={field.value}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v))}
                onBlur={field.onBlur}
                error={errors.cadence?.value && t('bodies.form.invalid')}
              />
            )}
          />
          <NativeSelect
            label={t('bodies.cadence.unit')}
            data={CADENCE_UNITS.map((u) => ({ value: u, label: t(`bodies.cadence.unit${u}`) }))}
            {...form.register('cadence.unit')}
          />
        </Group>
        <Textarea
          label={t('bodies.form.termsOfReference')}
          autosize
          minRows={6}
          maxRows={24}
          error={errors.termsOfReference && t('bodies.form.invalid')}
          {...form.register('termsOfReference')}
        />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('bodies.form.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('bodies.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
