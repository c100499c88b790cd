import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Who can read a case, said plainly on every case screen. */
export function ConfidentialNote() {
  const { t } = useTranslation();
  return (
    <Alert color="grape" variant="light" title={t('difficultyCases.confidential.title')} data-testid="who-can-read">
      <Text size="sm">{t('difficultyCases.confidential.body')}</Text>
    </Alert>
  );
}
