import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Group, Modal, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { specialtyBodySchema, type AdminSpecialty } from '@portal/contracts';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { PageLoader } from '@/components/ui/page-loader';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { useCreateSpecialty } from '../api/create-specialty';
import { useSpecialties } from '../api/get-specialties';
import { useRenameSpecialty } from '../api/rename-specialty';
import { applyFieldErrors } from '../lib/field-errors';
import { notifySaved } from '../lib/notify';

type Input = z.input<typeof specialtyBodySchema>;
type Values = z.output<typeof specialtyBodySchema>;

function nameError(error: FieldError | undefined, t: TFunction): string | undefined {
  if (!error) return undefined;
  if (error.type === 'duplicate') return t('orgAdmin.specialties.duplicate');
  if (error.type === 'too_big') return t('orgAdmin.form.nameTooLong');
  return t('orgAdmin.form.nameRequired');
}

/** The problem of a mutation that was not put next to a field. */
function FormError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error || (isApiError(error) && (error.problem.errors?.length ?? 0) > 0)) return null;
  return (
    <Alert color="red" variant="light" role="alert">
      <Text size="sm" c="red.9" fw={500}>
        {errorMessage(error, t)}
      </Text>
    </Alert>
  );
}

function CreateSpecialtyForm() {
  const { t } = useTranslation();
  const create = useCreateSpecialty();
  const form = useForm<Input, unknown, Values>({
    resolver: zodResolver(specialtyBodySchema),
    defaultValues: { name: '' },
  });
  const onSubmit = form.handleSubmit((values) =>
    create.mutate(values, {
      onSuccess: (s) => {
        notifySaved(t('orgAdmin.specialties.created', { name: s.name }), t);
        form.reset({ name: '' });
      },
      onError: (error) => applyFieldErrors(error, form.setError, ['name']),
    }),
  );
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby="new-specialty">
      <Title order={2} size="h3" id="new-specialty" mb="sm">
        {t('orgAdmin.specialties.createHeading')}
      </Title>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="sm">
          <FormError error={create.error} />
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t('orgAdmin.specialties.name')}
              required
              withAsterisk={false}
              maxLength={200}
              style={{ flex: '1 1 16rem' }}
              error={nameError(form.formState.errors.name, t)}
              {...form.register('name')}
            />
            <Button type="submit" loading={create.isPending}>
              {t('orgAdmin.specialties.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function RenameSpecialtyModal({ specialty, onClose }: { specialty: AdminSpecialty; onClose: () => void }) {
  const { t } = useTranslation();
  const rename = useRenameSpecialty();
  const form = useForm<Input, unknown, Values>({
    resolver: zodResolver(specialtyBodySchema),
    defaultValues: { name: specialty.name },
  });
  const onSubmit = form.handleSubmit((values) =>
    rename.mutate(
      { id: specialty.id, ...values },
      {
        onSuccess: (s) => {
          notifySaved(t('orgAdmin.specialties.renamed', { name: s.name }), t);
          onClose();
        },
        onError: (error) => applyFieldErrors(error, form.setError, ['name']),
      },
    ),
  );
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('orgAdmin.form.closeDialog') }}
      title={t('orgAdmin.specialties.renameTitle', { name: specialty.name })}
      size="lg"
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="md">
          <FormError error={rename.error} />
          <TextInput
            label={t('orgAdmin.specialties.name')}
            required
            withAsterisk={false}
            maxLength={200}
            data-autofocus
            error={nameError(form.formState.errors.name, t)}
            {...form.register('name')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('orgAdmin.form.cancel')}
            </Button>
            <Button type="submit" loading={rename.isPending}>
              {t('orgAdmin.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The region's specialties: list, create, rename (org:manage). */
export function SpecialtiesScreen() {
  const { t } = useTranslation();
  usePageTitle(t('orgAdmin.specialties.pageTitle'));
  const specialties = useSpecialties();
  const [renaming, setRenaming] = useState<AdminSpecialty | null>(null);
  const wide = useMediaQuery('(min-width: 36em)', true, { getInitialValueInEffect: false });
  const items = specialties.data ?? [];
  const renameButton = (s: AdminSpecialty) => (
    <Button
      size="xs"
      variant="default"
      onClick={() => setRenaming(s)}
      aria-label={t('orgAdmin.specialties.renameLabel', { name: s.name })}
    >
      {t('orgAdmin.specialties.rename')}
    </Button>
  );

  return (
    <Stack gap="lg" maw={900} data-testid="specialties-page">
      <div>
        <Anchor component={Link} to={paths.orgAdmin.getHref()} size="sm">
          ‹ {t('orgAdmin.specialties.back')}
        </Anchor>
        <Title order={1} mt="xs">
          {t('orgAdmin.specialties.heading')}
        </Title>
        <Text mt={4}>{t('orgAdmin.specialties.intro')}</Text>
      </div>
      <CreateSpecialtyForm />
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md">
        {specialties.isPending && <PageLoader />}
        {specialties.isError && <QueryError error={specialties.error} onRetry={() => void specialties.refetch()} />}
        {specialties.data?.length === 0 && <Text>{t('orgAdmin.specialties.empty')}</Text>}
        {items.length > 0 && wide && (
          <Table striped verticalSpacing="sm" data-testid="specialty-table">
            <Table.Caption className="visually-hidden">{t('orgAdmin.specialties.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('orgAdmin.specialties.name')}</Table.Th>
                <Table.Th scope="col">{t('orgAdmin.specialties.unitCount')}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('orgAdmin.actionsShort')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((s) => (
                <Table.Tr key={s.id} data-testid="specialty-row">
                  <Table.Th scope="row" fw={500}>
                    {s.name}
                  </Table.Th>
                  <Table.Td>{s.unitCount}</Table.Td>
                  <Table.Td ta="right">{renameButton(s)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {items.length > 0 && !wide && (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((s) => (
              <li key={s.id} data-testid="specialty-row">
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <div>
                    <Text fw={600}>{s.name}</Text>
                    <Text size="sm" c="dimmed">
                      {t('orgAdmin.specialties.unitCount')}: {s.unitCount}
                    </Text>
                  </div>
                  {renameButton(s)}
                </Group>
              </li>
            ))}
          </Stack>
        )}
      </Paper>
      {renaming && <RenameSpecialtyModal specialty={renaming} onClose={() => setRenaming(null)} />}
    </Stack>
  );
}
