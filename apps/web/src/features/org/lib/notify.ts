import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';

/** A short confirmation after a change; its close button is named (axe: button-name). */
export function notifySaved(message: string, t: TFunction): void {
  notifications.show({
    message,
    color: 'green',
    closeButtonProps: { 'aria-label': t('orgAdmin.form.closeNotice') },
  });
}
