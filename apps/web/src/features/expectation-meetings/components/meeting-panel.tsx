import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import {
  MEETING_RECORD_FIELDS,
  MEETING_TEXT_MAX,
  recordMeetingSchema,
  type ExpectationMeeting,
  type MeetingRecordField,
} from '@portal/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Fact, Facts } from '@/components/ui/facts';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { formatDate, formatDateTimeAsDate } from '@/lib/format';
import { applyFieldErrors } from '@/features/education-bodies/components/field-errors';
import { useConfirmMeeting } from '../api/confirm-meeting';
import { getMeeting, useMeeting } from '../api/get-meeting';
import { meetingKeys } from '../api/keys';
import { useRecordMeeting } from '../api/record-meeting';
import { useScheduleMeeting } from '../api/schedule-meeting';
import { formatWhen, fromLocalInput, toLocalInput } from './format';
import { MeetingStatus } from './meeting-status';

/** After a 409: fetch what is stored now, so the form can show it next to the user's own. */
function useLatest(courseId: string) {
  const queryClient = useQueryClient();
  return () =>
    queryClient.fetchQuery({
      queryKey: meetingKeys.meeting(courseId),
      queryFn: ({ signal }) => getMeeting(courseId, signal),
      staleTime: 0,
    });
}

function ConflictAlert({
  fields,
  onUseTheirs,
  onKeepMine,
  pending,
}: {
  fields: string[];
  onUseTheirs: () => void;
  onKeepMine: () => void;
  pending: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      color="#9a3412"
      variant="light"
      role="alert"
      title={t('meetings.conflict.title')}
      data-testid="meeting-conflict"
    >
      <Text size="sm">{t('meetings.conflict.text')}</Text>
      {fields.length > 0 && (
        <Text size="sm" mt={4} fw={600}>
          {t('meetings.conflict.changed', { fields: fields.join(', ') })}
        </Text>
      )}
      <Group mt="sm" gap="xs">
        <Button size="xs" variant="outline" onClick={onUseTheirs}>
          {t('meetings.conflict.useTheirs')}
        </Button>
        <Button size="xs" onClick={onKeepMine} loading={pending}>
          {t('meetings.conflict.keepMine')}
        </Button>
      </Group>
    </Alert>
  );
}

const scheduleFormSchema = z.object({
  when: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'meetings.schedule.whenRequired'),
  place: z.string().trim().min(1, 'meetings.schedule.placeRequired').max(200),
});
type ScheduleForm = z.infer<typeof scheduleFormSchema>;

function ScheduleForm({ meeting, onSaved }: { meeting: ExpectationMeeting; onSaved: (version: number) => void }) {
  const { t } = useTranslation();
  const save = useScheduleMeeting(meeting.courseId);
  const latest = useLatest(meeting.courseId);
  const [version, setVersion] = useState(meeting.version);
  const [theirs, setTheirs] = useState<ExpectationMeeting | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<ScheduleForm>({
    resolver: zodResolver(scheduleFormSchema),
    defaultValues: { when: toLocalInput(meeting.scheduledAt), place: meeting.place ?? '' },
  });
  const submit = (values: ScheduleForm, v: number) => {
    setSaved(false);
    save.mutate(
      { scheduledAt: fromLocalInput(values.when), place: values.place, version: v },
      {
        onSuccess: (m) => {
          setVersion(m.version);
          setTheirs(null);
          setSaved(true);
          onSaved(m.version);
        },
        onError: async (error) => {
          if (isApiError(error, 'CONFLICT')) setTheirs(await latest());
          else applyFieldErrors(error, form.setError);
        },
      },
    );
  };
  const err = (m?: string): string | undefined => (m ? (m.startsWith('meetings.') ? t(m as never) : m) : undefined);
  return (
    <form
      onSubmit={form.handleSubmit((v) => submit(v, version))}
      noValidate
      aria-labelledby={`schedule-heading-${meeting.courseId}`}
    >
      <Stack gap="sm">
        <Title order={3} size="h4" id={`schedule-heading-${meeting.courseId}`}>
          {t('meetings.schedule.heading')}
        </Title>
        {theirs && (
          <ConflictAlert
            fields={
              [
                toLocalInput(theirs.scheduledAt) !== form.getValues('when') && t('meetings.schedule.when'),
                (theirs.place ?? '') !== form.getValues('place') && t('meetings.schedule.place'),
              ].filter(Boolean) as string[]
            }
            pending={save.isPending}
            onUseTheirs={() => {
              form.reset({ when: toLocalInput(theirs.scheduledAt), place: theirs.place ?? '' });
              setVersion(theirs.version);
              setTheirs(null);
              save.reset();
            }}
            onKeepMine={() => void form.handleSubmit((v) => submit(v, theirs.version))()}
          />
        )}
        {save.isError && !isApiError(save.error, 'CONFLICT') && !isApiError(save.error, 'VALIDATION_FAILED') && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(save.error, t)}
          </Alert>
        )}
        <TextInput
          type="datetime-local"
          label={t('meetings.schedule.when')}
          required
          {...form.register('when')}
          error={err(form.formState.errors.when?.message)}
        />
        <TextInput
          label={t('meetings.schedule.place')}
          description={t('meetings.schedule.placeHint')}
          required
          maxLength={200}
          {...form.register('place')}
          error={err(form.formState.errors.place?.message)}
        />
        <Group>
          <Button type="submit" loading={save.isPending} disabled={theirs !== null}>
            {t('meetings.schedule.save')}
          </Button>
          <Text size="sm" role="status" c="#236b32">
            {saved ? t('meetings.schedule.saved') : ''}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}

const recordFormSchema = recordMeetingSchema.pick({ heldOn: true, record: true });
type RecordForm = z.input<typeof recordFormSchema>;

const toForm = (m: ExpectationMeeting): RecordForm => ({
  heldOn: m.heldOn ?? '',
  record: Object.fromEntries(MEETING_RECORD_FIELDS.map((f) => [f, m.record[f] ?? ''])) as RecordForm['record'],
});

function RecordForm({
  meeting,
  ownSavedVersion,
  onDone,
}: {
  meeting: ExpectationMeeting;
  /** The version this user's own schedule save produced (not someone else's change). */
  ownSavedVersion: number;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useRecordMeeting(meeting.courseId);
  const latest = useLatest(meeting.courseId);
  const [version, setVersion] = useState(meeting.version);
  const [theirs, setTheirs] = useState<ExpectationMeeting | null>(null);
  const form = useForm<RecordForm>({ resolver: zodResolver(recordFormSchema), defaultValues: toForm(meeting) });
  const confirmed = Boolean(meeting.traineeConfirmation || meeting.supervisorConfirmation);
  const submit = (values: RecordForm, v: number) => {
    save.mutate(
      { ...values, version: v },
      {
        onSuccess: () => {
          setTheirs(null);
          onDone();
        },
        onError: async (error) => {
          if (isApiError(error, 'CONFLICT')) setTheirs(await latest());
          else applyFieldErrors(error, form.setError);
        },
      },
    );
  };
  const errors = form.formState.errors;
  return (
    <form
      onSubmit={form.handleSubmit((v) => submit(v, Math.max(version, ownSavedVersion)))}
      noValidate
      aria-labelledby={`record-heading-${meeting.courseId}`}
      data-testid="record-form"
    >
      <Stack gap="sm">
        <Title order={3} size="h4" id={`record-heading-${meeting.courseId}`}>
          {t('meetings.record.heading')}
        </Title>
        <Text size="sm">{t('meetings.record.intro')}</Text>
        {confirmed && (
          <Alert color="#9a3412" variant="light" data-testid="clears-warning">
            {t('meetings.record.clearsWarning')}
          </Alert>
        )}
        {theirs && (
          <ConflictAlert
            fields={[
              ...((theirs.heldOn ?? '') !== form.getValues('heldOn') ? [t('meetings.heldOn')] : []),
              ...MEETING_RECORD_FIELDS.filter(
                (f) => (theirs.record[f] ?? '') !== (form.getValues(`record.${f}`) ?? '').trim(),
              ).map((f) => t(`meetings.record.fields.${f}`)),
            ]}
            pending={save.isPending}
            onUseTheirs={() => {
              form.reset(toForm(theirs));
              setVersion(theirs.version);
              setTheirs(null);
              save.reset();
            }}
            onKeepMine={() => void form.handleSubmit((v) => submit(v, theirs.version))()}
          />
        )}
        {save.isError && !isApiError(save.error, 'CONFLICT') && !isApiError(save.error, 'VALIDATION_FAILED') && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(save.error, t)}
          </Alert>
        )}
        <TextInput
          type="date"
          label={t('meetings.heldOn')}
          required
          {...form.register('heldOn')}
          error={
            errors.heldOn
              ? form.getValues('heldOn')
                ? errors.heldOn.message
                : t('meetings.record.heldOnRequired')
              : undefined
          }
        />
        {MEETING_RECORD_FIELDS.map((f: MeetingRecordField) => (
          <Textarea
            key={f}
            label={t(`meetings.record.fields.${f}`)}
            autosize
            minRows={2}
            maxRows={12}
            maxLength={MEETING_TEXT_MAX}
            {...form.register(`record.${f}`)}
            error={errors.record?.[f]?.message}
          />
        ))}
        <Group>
          <Button type="submit" loading={save.isPending} disabled={theirs !== null}>
            {t('meetings.record.save')}
          </Button>
          {meeting.heldOn && (
            <Button variant="subtle" onClick={onDone}>
              {t('meetings.record.cancelEdit')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

function RecordView({ meeting }: { meeting: ExpectationMeeting }) {
  const { t } = useTranslation();
  const written = MEETING_RECORD_FIELDS.filter((f) => meeting.record[f]);
  if (written.length === 0) return <Text size="sm">{t('meetings.record.empty')}</Text>;
  return (
    <Facts data-testid="record-view">
      {written.map((f) => (
        <Fact key={f} label={t(`meetings.record.fields.${f}`)}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{meeting.record[f]}</span>
        </Fact>
      ))}
    </Facts>
  );
}

/** The confirm button for the trainee or the hovedvejleder (only when the API says they may). */
export function ConfirmButton({ meeting }: { meeting: ExpectationMeeting }) {
  const { t } = useTranslation();
  const confirm = useConfirmMeeting(meeting.courseId);
  const [done, setDone] = useState(false);
  const may = meeting.may.confirmAsTrainee || meeting.may.confirmAsSupervisor;
  return (
    <Stack gap={6} align="flex-start">
      {may && (
        <>
          <Text size="sm">{t('meetings.confirm.help')}</Text>
          <Button
            onClick={() => confirm.mutate(meeting.version, { onSuccess: () => setDone(true) })}
            loading={confirm.isPending}
            data-testid="confirm-meeting"
          >
            {meeting.may.confirmAsSupervisor ? t('meetings.confirm.asSupervisor') : t('meetings.confirm.asTrainee')}
          </Button>
        </>
      )}
      {confirm.isError && (
        <Alert color="red" variant="light" role="alert">
          {isApiError(confirm.error, 'CONFLICT') ? t('meetings.conflict.title') : errorMessage(confirm.error, t)}
        </Alert>
      )}
      <Text size="sm" role="status" c="#236b32">
        {done ? t('meetings.confirm.done') : ''}
      </Text>
    </Stack>
  );
}

function Confirmation({ c }: { c: ExpectationMeeting['traineeConfirmation'] }) {
  const { t } = useTranslation();
  return c ? (
    <>{t('meetings.confirmedBy', { name: c.by.name, date: formatDateTimeAsDate(c.at) })}</>
  ) : (
    <>{t('meetings.notConfirmed')}</>
  );
}

/** The facts of a meeting: due date, state, schedule, held, confirmations. */
export function MeetingFacts({ meeting }: { meeting: ExpectationMeeting }) {
  const { t } = useTranslation();
  return (
    <Facts data-testid="meeting-facts">
      <Fact label={t('meetings.dueDate')} testId="meeting-due">
        {formatDate(meeting.dueDate)}
      </Fact>
      <Fact label={t('meetings.status')}>
        <MeetingStatus state={meeting.state} overdue={meeting.overdue} />
      </Fact>
      <Fact label={t('meetings.scheduled')}>
        {meeting.scheduledAt
          ? `${formatWhen(meeting.scheduledAt)}${meeting.place ? ` · ${meeting.place}` : ''}`
          : t('meetings.notYet')}
      </Fact>
      <Fact label={t('meetings.heldOn')}>{meeting.heldOn ? formatDate(meeting.heldOn) : t('meetings.notYet')}</Fact>
      {meeting.heldOn && (
        <>
          <Fact label={t('meetings.traineeConfirmation')}>
            <Confirmation c={meeting.traineeConfirmation} />
          </Fact>
          <Fact label={t('meetings.supervisorConfirmation')}>
            <Confirmation c={meeting.supervisorConfirmation} />
          </Fact>
        </>
      )}
    </Facts>
  );
}

/**
 * The expectation meeting of one course: status, due date, the schedule and record forms for the
 * hovedvejleder and the department's UAO/UKS, the record and the confirm button for the trainee
 * and the hovedvejleder. What the user may do comes from the API (`may`), which checks again.
 */
export function MeetingPanel({ courseId, headingLevel = 2 }: { courseId: string; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const meeting = useMeeting(courseId);
  const [editing, setEditing] = useState(false);
  // The user's own schedule save moves the version on; the record form edits on top of it.
  const [ownSavedVersion, setOwnSavedVersion] = useState(0);
  const m = meeting.data;
  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      radius="md"
      component="section"
      aria-labelledby={`meeting-heading-${courseId}`}
      data-testid="expectation-meeting-panel"
    >
      <Title order={headingLevel} size="h3" id={`meeting-heading-${courseId}`} mb="sm">
        {t('meetings.title')}
      </Title>
      {meeting.isPending && <PageLoader />}
      {meeting.isError && <QueryError error={meeting.error} onRetry={() => void meeting.refetch()} />}
      {m && (
        <Stack gap="lg">
          <MeetingFacts meeting={m} />
          {m.cancelled && (
            <Alert color="gray" variant="light">
              {t('meetings.cancelled')}
            </Alert>
          )}
          <ConfirmButton meeting={m} />
          {m.may.schedule && !m.heldOn && <ScheduleForm meeting={m} onSaved={setOwnSavedVersion} />}
          {m.may.record && (!m.heldOn || editing) ? (
            <RecordForm meeting={m} ownSavedVersion={ownSavedVersion} onDone={() => setEditing(false)} />
          ) : (
            m.heldOn && (
              <Stack gap="sm">
                <Title order={3} size="h4">
                  {t('meetings.record.heading')}
                </Title>
                <RecordView meeting={m} />
                {m.may.record && (
                  <Button variant="outline" onClick={() => setEditing(true)} style={{ alignSelf: 'flex-start' }}>
                    {t('meetings.record.edit')}
                  </Button>
                )}
              </Stack>
            )
          )}
        </Stack>
      )}
    </Paper>
  );
}
