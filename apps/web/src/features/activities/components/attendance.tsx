import { Alert, Button, Checkbox, Paper, Stack, Text, Title } from '@mantine/core';
import type { Activity } from '@portal/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-message';
import { useRecordAttendance } from '../api/record-attendance';
import { todayIso } from './format';

/** After the day: a checklist of the registered participants. */
export function AttendanceChecklist({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const registered = activity.registrations.filter((r) => r.status === 'REGISTERED');
  const [checked, setChecked] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(registered.map((r) => [r.id, r.attended === true])),
  );
  const [saved, setSaved] = useState(false);
  const record = useRecordAttendance();
  const started = activity.startsOn <= todayIso();
  const attendedCount = registered.filter((r) => r.attended === true).length;

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="attendance-heading"
      data-testid="attendance"
    >
      <Title order={2} size="h4" id="attendance-heading" mb="xs">
        {t('activities.attendance.heading')}
      </Title>
      {!started ? (
        <Text size="sm">{t('activities.attendance.notYet')}</Text>
      ) : registered.length === 0 ? (
        <Text size="sm">{t('activities.attendance.none')}</Text>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setSaved(false);
            record.mutate(
              {
                id: activity.id,
                body: { items: registered.map((r) => ({ registrationId: r.id, attended: checked[r.id] ?? false })) },
              },
              { onSuccess: () => setSaved(true) },
            );
          }}
        >
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('activities.attendance.help')}
            </Text>
            <Text size="sm" data-testid="attendance-summary">
              {t('activities.attendance.summary', { attended: attendedCount, registered: registered.length })}
            </Text>
            <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
              <legend className="visually-hidden">{t('activities.attendance.heading')}</legend>
              <Stack gap="xs">
                {registered.map((r) => (
                  <Checkbox
                    key={r.id}
                    label={t('activities.attendance.attended', { name: r.name })}
                    checked={checked[r.id] ?? false}
                    onChange={(e) => {
                      const value = e.currentTarget.checked;
                      setChecked((c) => ({ ...c, [r.id]: value }));
                    }}
                  />
                ))}
              </Stack>
            </fieldset>
            <div role="status" aria-live="polite">
              {saved && (
                <Alert color="green" variant="light">
                  {t('activities.attendance.saved')}
                </Alert>
              )}
            </div>
            {record.isError && (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(record.error, t)}
              </Alert>
            )}
            <div>
              <Button type="submit" loading={record.isPending}>
                {t('activities.attendance.save')}
              </Button>
            </div>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
