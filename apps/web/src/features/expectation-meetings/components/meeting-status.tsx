import { Badge, Group } from '@mantine/core';
import type { MeetingState } from '@portal/contracts';
import { useTranslation } from 'react-i18next';

// Filled badges with dark backgrounds: white text keeps a contrast above 4.5:1 (WCAG AA).
const COLORS: Record<MeetingState, string> = {
  NOT_SCHEDULED: 'gray.8',
  SCHEDULED: 'blue.9',
  HELD: 'violet.9',
  CONFIRMED: '#236b32',
};

/** The meeting's state and, when it applies, an "overdue" badge. */
export function MeetingStatus({ state, overdue }: { state: MeetingState; overdue: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap" component="span">
      <Badge color={COLORS[state]} variant="filled" radius="sm" data-testid="meeting-state">
        {t(`meetings.state.${state}`)}
      </Badge>
      {overdue && (
        <Badge color="red.9" variant="filled" radius="sm" data-testid="meeting-overdue">
          {t('meetings.overdue')}
        </Badge>
      )}
    </Group>
  );
}
