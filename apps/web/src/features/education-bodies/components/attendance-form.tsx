import { Alert, Button, Group, Radio, Stack, Text } from '@mantine/core';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type MeetingDetail } from '@portal/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-message';
import { useSetAttendance } from '../api/set-attendance';
import { functionLabel } from './members-section';

/** One radio group per member (present / absent / excused); saved together. */
export function AttendanceForm({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const save = useSetAttendance(meeting.id);
  const [values, setValues] = useState<Record<string, AttendanceStatus | null>>(() =>
    Object.fromEntries(meeting.attendance.map((a) => [a.memberId, a.status])),
  );
  const [saved, setSaved] = useState(false);

  if (meeting.attendance.length === 0) return <Text>{t('bodies.meeting.noAttendees')}</Text>;

  if (!meeting.canManage) {
    return (
      <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
        {meeting.attendance.map((a) => (
          <li key={a.memberId}>
            <Text>
              {a.person.name} ({functionLabel(t, a)}): {a.status ? t(`bodies.attendance.${a.status}`) : '–'}
            </Text>
          </li>
        ))}
      </Stack>
    );
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        save.mutate(
          { entries: meeting.attendance.map((a) => ({ memberId: a.memberId, status: values[a.memberId] ?? null })) },
          { onSuccess: () => setSaved(true) },
        );
      }}
      aria-label={t('bodies.meeting.attendanceHeading')}
    >
      <Stack gap="md">
        {save.isError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(save.error, t)}
          </Alert>
        )}
        {meeting.attendance.map((a) => (
          <Radio.Group
            key={a.memberId}
            label={`${a.person.name} (${functionLabel(t, a)})`}
            value={values[a.memberId] ?? ''}
            onChange={(v) => setValues((prev) => ({ ...prev, [a.memberId]: v as AttendanceStatus }))}
            data-testid="attendance-row"
          >
            <Group gap="md" mt={4} wrap="wrap">
              {ATTENDANCE_STATUSES.map((s) => (
                <Radio key={s} value={s} label={t(`bodies.attendance.${s}`)} />
              ))}
            </Group>
          </Radio.Group>
        ))}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('bodies.meeting.saveAttendance')}
          </Button>
          <Text size="sm" role="status" c="#236b32">
            {saved ? t('bodies.meeting.attendanceSaved') : ''}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
