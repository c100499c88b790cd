import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { updatePersonRequestSchema, type Person, type UpdatePersonRequest } from '@portal/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { personQueryOptions } from '../api/get-person';
import { useUpdatePerson } from '../api/update-person';

type Input = z.input<typeof updatePersonRequestSchema>;
type Values = z.output<typeof updatePersonRequestSchema>;

const FIELDS = ['name', 'email', 'title', 'locale'] as const;

function toForm(p: Person): Input {
  return { name: p.name, email: p.email, title: p.title ?? '', locale: p.locale, version: p.version };
}

/** Edit a person's details. A 409 (someone else saved first) reloads and says what changed. */
export function PersonForm({ person, onDone }: { person: Person; onDone: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const update = useUpdatePerson(person.id);
  const [conflict, setConflict] = useState<string[] | null>(null);
  const form = useForm<Input, unknown, Values>({
    resolver: zodResolver(updatePersonRequestSchema),
    defaultValues: toForm(person),
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    const body: UpdatePersonRequest = { ...values, title: values.title || null };
    update.mutate(body, {
      onSuccess: () => onDone(),
      onError: async (error) => {
        if (!(error instanceof ApiError) || error.code !== 'CONFLICT') return;
        const emailError = error.problem.errors?.find((e) => e.path === 'body.email');
        if (emailError) {
          form.setError('email', { message: t('people.person.duplicateEmail') });
          return;
        }
        // Someone else saved first: load the current record, show it and what differs.
        const fresh = await qc.fetchQuery({ ...personQueryOptions(person.id), staleTime: 0 });
        const before = toForm(person);
        const after = toForm(fresh);
        setConflict(FIELDS.filter((f) => before[f] !== after[f]).map((f) => t(`people.person.${f}`)));
        form.reset(after);
      },
    });
  });

  const otherError = update.error && !(update.error instanceof ApiError && update.error.code === 'CONFLICT');

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('people.person.edit')}>
      <Stack gap="md">
        {conflict && (
          <Alert color="orange" variant="light" role="alert" data-testid="person-conflict">
            {t('people.person.conflict')}
            {conflict.length > 0 && <div>{t('people.person.conflictChanged', { fields: conflict.join(', ') })}</div>}
          </Alert>
        )}
        {otherError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(update.error, t)}
          </Alert>
        )}
        <TextInput
          label={t('people.person.name')}
          required
          error={errors.name && t('people.create.nameRequired')}
          {...form.register('name')}
        />
        <TextInput
          label={t('people.person.email')}
          type="email"
          required
          autoComplete="off"
          spellCheck={false}
          error={
            errors.email &&
            (errors.email.message === t('people.person.duplicateEmail')
              ? errors.email.message
              : t('people.create.emailInvalid'))
          }
          {...form.register('email')}
        />
        <TextInput
          label={t('people.person.title')}
          description={t('people.person.titleHint')}
          {...form.register('title')}
        />
        <NativeSelect
          label={t('people.person.locale')}
          data={[
            { value: 'da', label: t('people.person.localeDa') },
            { value: 'en', label: t('people.person.localeEn') },
          ]}
          {...form.register('locale')}
        />
        <Group>
          <Button type="submit" loading={update.isPending} data-testid="person-save">
            {t('people.person.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('people.person.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
