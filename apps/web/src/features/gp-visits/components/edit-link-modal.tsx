import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { updateGpDepartmentLinkSchema, type GpDepartmentVisit, type UpdateGpDepartmentLink } from '@portal/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { formatDate } from '@/lib/format';
import { dueListQueryOptions } from '../api/get-due-list';
import { useUnlinkDepartment } from '../api/unlink-department';
import { useUpdateLink } from '../api/update-link';
import { useState } from 'react';

/** Edits a linked department (joined date, clinical lecturers) or unlinks it; a 409 shows what is current. */
export function EditLinkModal({
  areaId,
  row,
  onClose,
}: {
  areaId: string;
  row: GpDepartmentVisit | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateLink();
  const unlink = useUnlinkDepartment();
  const [current, setCurrent] = useState<GpDepartmentVisit | null>(null);
  const base = current ?? row;
  const form = useForm<UpdateGpDepartmentLink>({
    resolver: zodResolver(updateGpDepartmentLinkSchema),
    values: base
      ? { joinedOn: base.joinedOn, clinicalLecturers: base.clinicalLecturers, version: base.version }
      : { joinedOn: '', clinicalLecturers: null, version: 1 },
  });
  const { errors } = form.formState;
  const close = () => {
    setCurrent(null);
    update.reset();
    unlink.reset();
    onClose();
  };
  const onConflict = async () => {
    const list = await queryClient.fetchQuery({ ...dueListQueryOptions(areaId), staleTime: 0 });
    setCurrent(list.items.find((i) => i.id === row?.id) ?? null);
  };

  const onSubmit = form.handleSubmit(async (body) => {
    if (!row) return;
    try {
      await update.mutateAsync({ areaId, linkId: row.id, body });
      close();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT') await onConflict();
    }
  });
  const onUnlink = async () => {
    if (!base) return;
    try {
      await unlink.mutateAsync({ areaId, linkId: base.id, version: base.version });
      close();
    } catch {
      // shown below
    }
  };
  const error = update.error ?? unlink.error;

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('gpVisits.close') }}
      opened={row !== null}
      onClose={close}
      title={row ? t('gpVisits.edit.title', { department: row.department.name }) : ''}
    >
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="edit-link-form">
        <Stack gap="md">
          {current && (
            <Alert color="orange" variant="light" role="alert" title={t('gpVisits.edit.conflictTitle')}>
              <Text size="sm">
                {t('gpVisits.edit.conflictBody', {
                  joinedOn: formatDate(current.joinedOn),
                  lecturers: current.clinicalLecturers ?? t('gpVisits.none'),
                })}
              </Text>
            </Alert>
          )}
          {error && !(error instanceof ApiError && error.code === 'CONFLICT' && current) && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(error, t)}
            </Alert>
          )}
          <TextInput
            type="date"
            label={t('gpVisits.link.joinedOn')}
            required
            {...form.register('joinedOn')}
            error={errors.joinedOn && t('gpVisits.errors.joinedOn')}
          />
          <Controller
            control={form.control}
            name="clinicalLecturers"
            render={({ field }) => (
              <TextInput
                label={t('gpVisits.link.lecturers')}
                value={field.value ?? ''}
                onChange={(e) => field.onChange(e.currentTarget.value || null)}
                error={errors.clinicalLecturers && t('gpVisits.errors.lecturers')}
              />
            )}
          />
          <Group justify="space-between">
            <Button
              variant="subtle"
              color="red"
              onClick={() => void onUnlink()}
              loading={unlink.isPending}
              disabled={!base || base.lastVisit !== null || base.plannedVisit !== null}
            >
              {t('gpVisits.edit.unlink')}
            </Button>
            <Group>
              <Button variant="default" onClick={close}>
                {t('gpVisits.cancel')}
              </Button>
              <Button type="submit" loading={form.formState.isSubmitting}>
                {t('gpVisits.edit.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
