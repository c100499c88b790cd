import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { AdminOrgUnit } from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { useCloseUnit } from '../api/close-unit';
import { useReopenUnit } from '../api/reopen-unit';
import { notifySaved } from '../lib/notify';

/**
 * Confirms closing or reopening a unit. Closing is refused up front while the unit has open
 * sub-units (the API refuses it too, with 409).
 */
export function CloseUnitModal({
  unit,
  action,
  openChildren,
  onClose,
}: {
  unit: AdminOrgUnit;
  action: 'close' | 'reopen';
  openChildren: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const close = useCloseUnit();
  const reopen = useReopenUnit();
  const mutation = action === 'close' ? close : reopen;
  const blocked = action === 'close' && openChildren > 0;
  const error = mutation.error;

  const confirm = () => {
    mutation.mutate(
      { id: unit.id, version: unit.version },
      {
        onSuccess: (saved) => {
          notifySaved(
            t(action === 'close' ? 'orgAdmin.saved.closed' : 'orgAdmin.saved.reopened', { name: saved.name }),
            t,
          );
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
      title={t(`orgAdmin.${action}.title`, { name: unit.name })}
      size="lg"
    >
      <Stack gap="md">
        {blocked ? (
          <Alert color="orange" variant="light" role="alert" data-testid="close-blocked">
            <Text size="sm" fw={500}>
              {t('orgAdmin.close.openChildren', { count: openChildren })}
            </Text>
          </Alert>
        ) : (
          <Text>{t(`orgAdmin.${action}.body`)}</Text>
        )}
        {error && (
          <Alert color="red" variant="light" role="alert">
            <Text size="sm" c="red.9" fw={500}>
              {isApiError(error, 'CONFLICT')
                ? (error.problem.errors?.length ?? 0) > 0
                  ? t('orgAdmin.form.duplicate')
                  : t('orgAdmin.refused')
                : errorMessage(error, t)}
            </Text>
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('orgAdmin.form.cancel')}
          </Button>
          <Button
            color={action === 'close' ? 'red.9' : undefined}
            onClick={confirm}
            loading={mutation.isPending}
            disabled={blocked}
            data-testid="confirm-close-unit"
          >
            {t(`orgAdmin.${action}.submit`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
