import { Badge } from '@mantine/core';
import type { BodyStatus } from '@portal/contracts';
import { useTranslation } from 'react-i18next';

const COLORS = { WORKING: '#236b32', OVERDUE: 'red.9', NEW: 'gray.7' } as const;

/** Working / overdue / new, as text on a dark badge (contrast AA). */
export function BodyStatusBadge({ status }: { status: BodyStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status.health]} variant="filled" radius="sm" tt="none" data-testid="body-status">
      {t(`bodies.health.${status.health}`)}
    </Badge>
  );
}
