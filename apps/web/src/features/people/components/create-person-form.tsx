import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { createPersonRequestSchema, type CreatePersonResponse } from '@portal/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api-client';
import { useSession } from '@/lib/auth/use-session';
import { errorMessage } from '@/lib/error-message';
import { useCreatePerson } from '../api/create-person';
import { InvitationNotice } from './person-page';
import { scopeUnits } from './scope-units';
import { useUnitOptions } from './unit-options';

interface FormInput {
  name: string;
  email: string;
  title: string;
  locale: 'da' | 'en';
  homeUnitId: string;
  sendInvitation: boolean;
}
type Values = z.output<typeof createPersonRequestSchema>;
const formSchema = z.preprocess((v) => {
  const o = v as FormInput;
  return { ...o, title: o.title || null, homeUnitId: o.homeUnitId || null };
}, createPersonRequestSchema);

export function CreatePersonForm() {
  const { t } = useTranslation();
  const { me } = useSession();
  const scope = scopeUnits(me, 'people:manage');
  const hospitals = useUnitOptions(['HOSPITAL'], scope);
  const create = useCreatePerson();
  const [created, setCreated] = useState<(CreatePersonResponse & { name: string }) | null>(null);
  const form = useForm<FormInput, unknown, Values>({
    resolver: zodResolver(formSchema as unknown as z.ZodType<Values, FormInput>),
    defaultValues: { name: '', email: '', title: '', locale: 'da', homeUnitId: '', sendInvitation: true },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    create.mutate(values, {
      onSuccess: (res) => {
        setCreated({ ...res, name: values.name });
        form.reset();
      },
      onError: (error) => {
        if (error instanceof ApiError && error.problem.errors?.some((e) => e.path === 'body.email')) {
          form.setError('email', { message: t('people.person.duplicateEmail') }, { shouldFocus: true });
        }
      },
    });
  });

  const fieldError =
    create.error instanceof ApiError && create.error.problem.errors?.some((e) => e.path === 'body.email');

  return (
    <Stack gap="lg" maw={720} data-testid="create-person-page">
      <Anchor component={Link} to={paths.people.getHref()} size="sm">
        ← {t('people.person.back')}
      </Anchor>
      <div>
        <Title order={1}>{t('people.create.heading')}</Title>
        <Text c="dimmed">{t('people.create.intro')}</Text>
      </div>
      {created && (
        <Stack gap="sm" data-testid="person-created">
          <Alert color="teal" variant="light" role="status">
            {t('people.create.created')}{' '}
            <Anchor component={Link} to={paths.person.getHref(created.id)} data-testid="created-person-link">
              {created.name}
            </Anchor>
          </Alert>
          {created.invitation && <InvitationNotice invitation={created.invitation} />}
        </Stack>
      )}
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md">
        <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('people.create.heading')}>
          <Stack gap="md">
            {create.isError && !fieldError && (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(create.error, t)}
              </Alert>
            )}
            <TextInput
              label={t('people.person.name')}
              required
              error={errors.name && t('people.create.nameRequired')}
              {...form.register('name')}
              data-testid="create-name"
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
              data-testid="create-email"
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
            <NativeSelect
              label={t('people.create.homeUnit')}
              description={t('people.create.homeUnitHint')}
              data={[
                ...(scope === 'tenant' || hospitals.length !== 1
                  ? [{ value: '', label: t('people.create.noHomeUnit') }]
                  : []),
                ...hospitals.map((h) => ({ value: h.value, label: h.label })),
              ]}
              {...form.register('homeUnitId')}
            />
            <Checkbox label={t('people.create.sendInvitation')} {...form.register('sendInvitation')} />
            <Group>
              <Button type="submit" loading={create.isPending} data-testid="create-submit">
                {t('people.create.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
