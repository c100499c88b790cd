import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { STANDING_AGENDA_ITEMS, createMeetingRequestSchema, type BodyKind } from '@portal/contracts';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/error-message';
import { useCreateMeeting } from '../api/create-meeting';
import { todayIso } from '../format';
import { applyFieldErrors } from './field-errors';

// The agenda is typed as lines and sent as the contract's array.
const formSchema = z.object({
  date: z.iso.date(),
  startTime: z.string().regex(/^\d{2}:\d{2}$/),
  endTime: z.string().regex(/^\d{2}:\d{2}$/),
  place: z.string().max(200),
  agendaText: z.string().max(12_000),
});
type FormValues = z.infer<typeof formSchema>;

/** Plan a meeting; the standing items of the body's kind are shown and added by the server. */
export function MeetingForm({ bodyId, kind, onDone }: { bodyId: string; kind: BodyKind; onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateMeeting(bodyId);
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { date: todayIso(), startTime: '14:00', endTime: '15:00', place: '', agendaText: '' },
  });
  const { errors } = form.formState;
  const standing = STANDING_AGENDA_ITEMS[kind];

  const onSubmit = form.handleSubmit((v) => {
    const body = {
      date: v.date,
      startTime: v.startTime,
      endTime: v.endTime,
      place: v.place,
      agenda: v.agendaText
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    };
    const parsed = createMeetingRequestSchema.safeParse(body);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]);
        form.setError((field === 'agenda' ? 'agendaText' : field) as keyof FormValues, { message: issue.message });
      }
      return;
    }
    create.mutate(parsed.data, {
      onSuccess: (m) => void navigate(paths.educationMeeting.getHref(m.id)),
      onError: (e) => applyFieldErrors(e, form.setError),
    });
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('bodies.body.planMeeting')}>
      <Stack gap="sm">
        {create.isError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(create.error, t)}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            type="date"
            label={t('bodies.meeting.date')}
            error={errors.date && t('bodies.form.required')}
            {...form.register('date')}
          />
          <TextInput
            type="time"
            label={t('bodies.meeting.startTime')}
            error={errors.startTime && t('bodies.form.required')}
            {...form.register('startTime')}
          />
          <TextInput
            type="time"
            label={t('bodies.meeting.endTime')}
            error={errors.endTime && t('bodies.form.endTimeBeforeStart')}
            {...form.register('endTime')}
          />
        </SimpleGrid>
        <TextInput label={t('bodies.meeting.place')} {...form.register('place')} />
        {standing.length > 0 && (
          <Text size="sm" data-testid="standing-note">
            {t('bodies.meeting.standingNote', { items: standing.join('; ') })}
          </Text>
        )}
        <Textarea
          label={t('bodies.meeting.agendaInput')}
          autosize
          minRows={3}
          error={errors.agendaText && t('bodies.form.invalid')}
          {...form.register('agendaText')}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('bodies.meeting.create')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('bodies.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
