import { Badge } from '@mantine/core';
import type { LocalStatus } from '@portal/contracts';
import { useTranslation } from 'react-i18next';

const COLORS: Record<LocalStatus, string> = {
  MISSING: 'gray',
  DRAFT: 'yellow',
  SUBMITTED: 'blue',
  APPROVED: 'teal',
  IMPLEMENTED: 'green',
};

export function StatusBadge({ status }: { status: LocalStatus }) {
  const { t } = useTranslation();
  return (
    // Dark text on the light tint: the tinted text of Mantine's light badge is below 4.5:1.
    <Badge color={COLORS[status]} variant="light" styles={{ label: { color: 'var(--mantine-color-dark-9)' } }}>
      {t(`functionDescriptions.status.${status}`)}
    </Badge>
  );
}
