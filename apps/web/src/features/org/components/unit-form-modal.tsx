import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { createOrgUnitSchema, type AdminOrgUnit, type UnitKind } from '@portal/contracts';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { useCreateUnit } from '../api/create-unit';
import { useSpecialties } from '../api/get-specialties';
import { useUpdateUnit } from '../api/update-unit';
import { applyFieldErrors } from '../lib/field-errors';
import { notifySaved } from '../lib/notify';

/** The form's fields; the name rule is the contract's (trimmed, 1–200 characters). */
const formSchema = z.object({
  name: createOrgUnitSchema.shape.name,
  shortName: z.string().trim().max(20),
  specialtyId: z.string(),
});
type FormInput = z.input<typeof formSchema>;
type FormValues = z.output<typeof formSchema>;

export type UnitFormTarget =
  { mode: 'create'; kind: UnitKind; parent: AdminOrgUnit | null } | { mode: 'edit'; unit: AdminOrgUnit };

function fieldMessage(error: FieldError | undefined, t: TFunction, tooLong: string): string | undefined {
  if (!error) return undefined;
  if (error.type === 'duplicate') return t('orgAdmin.form.duplicate');
  if (error.type === 'too_small') return t('orgAdmin.form.nameRequired');
  if (error.type === 'too_big') return tooLong;
  return t('orgAdmin.form.invalid');
}

/** Create a unit, or rename one (name, short name, specialty), in a modal. */
export function UnitFormModal({
  target,
  current,
  onClose,
}: {
  target: UnitFormTarget;
  /** The unit as the list shows it now (refetched after a 409), to show what someone else changed. */
  current?: AdminOrgUnit | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const specialties = useSpecialties();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const mutation = target.mode === 'create' ? create : update;
  // The version being edited: the one opened, or the current one after "use the current values".
  const [base, setBase] = useState<AdminOrgUnit | null>(target.mode === 'edit' ? target.unit : null);
  const unit = base;
  const kind = target.mode === 'create' ? target.kind : target.unit.kind;
  const form = useForm<FormInput, unknown, FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      name: unit?.name ?? '',
      shortName: unit?.shortName ?? '',
      specialtyId: unit?.specialty?.id ?? '',
    },
  });
  const { errors } = form.formState;

  const onError = (error: unknown) => {
    applyFieldErrors(error, form.setError, ['name', 'shortName', 'specialtyId']);
  };
  const onSubmit = form.handleSubmit((values) => {
    const common = {
      name: values.name,
      shortName: values.shortName === '' ? null : values.shortName,
      specialtyId: values.specialtyId === '' ? null : values.specialtyId,
    };
    if (target.mode === 'create') {
      create.mutate(
        { kind: target.kind, parentId: target.parent?.id ?? null, ...common },
        {
          onSuccess: (saved) => {
            notifySaved(t('orgAdmin.saved.created', { name: saved.name }), t);
            onClose();
          },
          onError,
        },
      );
    } else {
      update.mutate(
        { id: target.unit.id, version: base?.version ?? target.unit.version, ...common },
        {
          onSuccess: (saved) => {
            notifySaved(t('orgAdmin.saved.updated', { name: saved.name }), t);
            onClose();
          },
          onError,
        },
      );
    }
  });

  const title =
    target.mode === 'create'
      ? t(`orgAdmin.form.createTitle.${target.kind}`)
      : t('orgAdmin.form.editTitle', { name: target.unit.name });
  const error = mutation.error;
  const placedOnField = isApiError(error) && (error.problem.errors?.length ?? 0) > 0;
  const staleVersion = isApiError(error, 'CONFLICT') && !placedOnField;
  const specialtyOptions = [
    { value: '', label: t('orgAdmin.noSpecialty') },
    ...(specialties.data ?? []).map((s) => ({ value: s.id, label: s.name })),
  ];

  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('orgAdmin.form.closeDialog') }}
      title={title}
      size="lg"
      data-testid="unit-form-modal"
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="md">
          {error && !placedOnField && (
            <Alert color="red" variant="light" role="alert" data-testid="unit-form-error">
              <Text size="sm" c="red.9" fw={500}>
                {staleVersion ? t('orgAdmin.conflictEdit') : errorMessage(error, t)}
              </Text>
              {staleVersion && current && base && current.version !== base.version && (
                <Stack gap={6} mt="xs" data-testid="unit-conflict-current">
                  <Text size="sm">
                    {t('orgAdmin.conflictNow', {
                      name: current.name,
                      shortName: current.shortName ?? '–',
                      specialty: current.specialty?.name ?? t('orgAdmin.noSpecialty'),
                    })}
                  </Text>
                  <Button
                    size="xs"
                    variant="outline"
                    color="red.9"
                    style={{ alignSelf: 'flex-start' }}
                    onClick={() => {
                      setBase(current);
                      update.reset();
                      form.reset({
                        name: current.name,
                        shortName: current.shortName ?? '',
                        specialtyId: current.specialty?.id ?? '',
                      });
                    }}
                  >
                    {t('orgAdmin.useCurrent')}
                  </Button>
                </Stack>
              )}
            </Alert>
          )}
          {target.mode === 'create' && (
            <Text size="sm">
              <strong>{t('orgAdmin.form.placement')}:</strong>{' '}
              {target.parent ? target.parent.name : t('orgAdmin.form.topLevel')} · {t(`unitKinds.${kind}`)}
            </Text>
          )}
          <TextInput
            label={t('orgAdmin.form.name')}
            required
            withAsterisk={false}
            maxLength={200}
            data-autofocus
            error={fieldMessage(errors.name, t, t('orgAdmin.form.nameTooLong'))}
            {...form.register('name')}
          />
          <TextInput
            label={t('orgAdmin.form.shortName')}
            description={t('orgAdmin.form.shortNameHint')}
            maxLength={20}
            error={fieldMessage(errors.shortName, t, t('orgAdmin.form.shortNameTooLong'))}
            {...form.register('shortName')}
          />
          <NativeSelect
            label={t('orgAdmin.form.specialty')}
            description={t('orgAdmin.form.specialtyHint')}
            data={specialtyOptions}
            error={errors.specialtyId && t('orgAdmin.form.invalid')}
            {...form.register('specialtyId')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('orgAdmin.form.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="unit-form-submit">
              {target.mode === 'create' ? t('orgAdmin.form.create') : t('orgAdmin.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
