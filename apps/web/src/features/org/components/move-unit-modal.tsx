import { Alert, Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { PARENT_KIND, type AdminOrgUnit } from '@portal/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { useMoveUnit } from '../api/move-unit';
import { notifySaved } from '../lib/notify';

/** Move a unit to another open parent of the kind it may sit under. */
export function MoveUnitModal({
  unit,
  units,
  onClose,
}: {
  unit: AdminOrgUnit;
  units: readonly AdminOrgUnit[];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const move = useMoveUnit();
  const parentKind = PARENT_KIND[unit.kind];
  const targets = units
    .filter((u) => parentKind !== null && u.kind === parentKind && !u.closedAt && u.id !== unit.parentId)
    .sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  const [parentId, setParentId] = useState(targets[0]?.id ?? '');
  const error = move.error;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!parentId) return;
    move.mutate(
      { id: unit.id, version: unit.version, parentId },
      {
        onSuccess: (saved) => {
          notifySaved(t('orgAdmin.saved.moved', { name: saved.name }), t);
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('orgAdmin.form.closeDialog') }}
      title={t('orgAdmin.move.title', { name: unit.name })}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error && (
            <Alert color="red" variant="light" role="alert">
              <Text size="sm" c="red.9" fw={500}>
                {isApiError(error, 'CONFLICT')
                  ? (error.problem.errors?.length ?? 0) > 0
                    ? t('orgAdmin.form.duplicate')
                    : t('orgAdmin.conflict')
                  : isApiError(error, 'VALIDATION_FAILED')
                    ? t('orgAdmin.refused')
                    : errorMessage(error, t)}
              </Text>
            </Alert>
          )}
          {targets.length === 0 ? (
            <Text>{t('orgAdmin.move.noTargets')}</Text>
          ) : (
            <NativeSelect
              label={t('orgAdmin.move.parent')}
              description={
                parentKind
                  ? t('orgAdmin.move.parentHint', {
                      kind: t(`unitKinds.${unit.kind}`).toLowerCase(),
                      parentKind: t(`unitKinds.${parentKind}`).toLowerCase(),
                    })
                  : undefined
              }
              data={targets.map((u) => ({ value: u.id, label: u.name }))}
              value={parentId}
              onChange={(e) => setParentId(e.currentTarget.value)}
              data-autofocus
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('orgAdmin.form.cancel')}
            </Button>
            <Button type="submit" loading={move.isPending} disabled={targets.length === 0}>
              {t('orgAdmin.move.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
