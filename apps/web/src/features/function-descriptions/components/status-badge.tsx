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
    <Badge color={COLORS[status]} variant="light" autoContrast>
      {t(`functionDescriptions.status.${status}`)}
    </Badge>
  );
}
