import { Alert, Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { updateMeetingRequestSchema, type MeetingDetail } from '@portal/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { bodyKeys } from '../api/keys';
import { useUpdateMeeting } from '../api/update-meeting';

/** Time, place and the meeting's own agenda items (the standing ones stay). */
export function MeetingDetailsForm({ meeting, onDone }: { meeting: MeetingDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateMeeting(meeting.id);
  const [date, setDate] = useState(meeting.date);
  const [startTime, setStartTime] = useState(meeting.startTime);
  const [endTime, setEndTime] = useState(meeting.endTime);
  const [place, setPlace] = useState(meeting.place);
  const [agenda, setAgenda] = useState(
    meeting.agenda
      .filter((a) => !a.standing)
      .map((a) => a.title)
      .join('\n'),
  );
  const [invalid, setInvalid] = useState<Set<string>>(new Set());

  return (
    <form
      noValidate
      aria-label={t('bodies.meeting.editDetails')}
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = updateMeetingRequestSchema.safeParse({
          date,
          startTime,
          endTime,
          place,
          agenda: agenda
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean),
          version: meeting.version,
        });
        if (!parsed.success) {
          setInvalid(new Set(parsed.error.issues.map((i) => String(i.path[0]))));
          return;
        }
        setInvalid(new Set());
        update.mutate(parsed.data, {
          onSuccess: onDone,
          onError: (error) => {
            if (isApiError(error, 'CONFLICT'))
              void queryClient.invalidateQueries({ queryKey: bodyKeys.meeting(meeting.id) });
          },
        });
      }}
    >
      <Stack gap="sm">
        {update.isError && (
          <Alert color={isApiError(update.error, 'CONFLICT') ? '#9a3412' : 'red'} variant="light" role="alert">
            {isApiError(update.error, 'CONFLICT') ? t('bodies.meeting.conflict') : errorMessage(update.error, t)}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            type="date"
            label={t('bodies.meeting.date')}
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={invalid.has('date') && t('bodies.form.required')}
          />
          <TextInput
            type="time"
            label={t('bodies.meeting.startTime')}
            value={startTime}
            onChange={(e) => setStartTime(e.currentTarget.value)}
            error={invalid.has('startTime') && t('bodies.form.required')}
          />
          <TextInput
            type="time"
            label={t('bodies.meeting.endTime')}
            value={endTime}
            onChange={(e) => setEndTime(e.currentTarget.value)}
            error={invalid.has('endTime') && t('bodies.form.endTimeBeforeStart')}
          />
        </SimpleGrid>
        <TextInput label={t('bodies.meeting.place')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} />
        <Textarea
          label={t('bodies.meeting.agendaInput')}
          autosize
          minRows={3}
          value={agenda}
          onChange={(e) => setAgenda(e.currentTarget.value)}
          error={invalid.has('agenda') && t('bodies.form.invalid')}
        />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('bodies.form.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('bodies.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
