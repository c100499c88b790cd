import { Alert, Anchor, Text } from '@mantine/core';
import { UDDANNELSESLAEGE_URL } from '@portal/contracts';
import { useTranslation } from 'react-i18next';

/** The portal tracks progress; the official approval lives in uddannelseslæge.dk. */
export function OfficialApprovalNote() {
  const { t } = useTranslation();
  return (
    <Alert variant="light" color="blue" title={t('competences.official.title')} data-testid="official-note">
      <Text size="sm">{t('competences.official.text')}</Text>
      <Anchor href={UDDANNELSESLAEGE_URL} target="_blank" rel="noopener noreferrer" size="sm" fw={600}>
        {t('competences.official.link')} ↗
      </Anchor>
    </Alert>
  );
}
