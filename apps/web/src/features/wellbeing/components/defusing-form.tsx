import {
  Alert,
  Button,
  Checkbox,
  Chip,
  Group,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  DEFUSING_MAX_DAYS_BACK,
  createDefusingSchema,
  shiftDateProblem,
  type CreateDefusing,
  type DefusingOptions,
  type ShiftKind,
  type TalkPersonRole,
} from '@portal/contracts';
import { useEffect, useRef, useState } from 'react';
import { Controller, useForm, type FieldErrors, type FieldPath, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { useCreateDefusing } from '../api/create-defusing';
import classes from './wellbeing.module.css';

interface Values {
  courseId: string;
  shiftDate: string;
  shiftKind: ShiftKind | '';
  howWent: string;
  hadChallenges: '' | 'yes' | 'no';
  challengesNote: string;
  otherNote: string;
  wantTalk: boolean;
  requestedOfId: string;
  message: string;
}

const minusDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
};

function toBody(v: Values): CreateDefusing {
  return {
    courseId: v.courseId,
    shiftDate: v.shiftDate,
    shiftKind: v.shiftKind === '' ? null : v.shiftKind,
    howWent: v.howWent === '' ? (undefined as unknown as number) : Number(v.howWent),
    hadChallenges: v.hadChallenges === '' ? (undefined as unknown as boolean) : v.hadChallenges === 'yes',
    challengesNote: v.hadChallenges === 'yes' ? v.challengesNote : null,
    otherNote: v.otherNote,
    talkRequest: v.wantTalk ? { requestedOfId: v.requestedOfId, message: v.message } : null,
  };
}

/** API/contract paths → form fields. */
function fieldOf(path: string): FieldPath<Values> | null {
  const p = path.replace(/^body\./, '');
  if (p === 'talkRequest.requestedOfId' || p === 'talkRequest') return 'requestedOfId';
  if (p === 'talkRequest.message') return 'message';
  const known: FieldPath<Values>[] = [
    'courseId',
    'shiftDate',
    'shiftKind',
    'howWent',
    'hadChallenges',
    'challengesNote',
    'otherNote',
  ];
  return known.find((k) => k === p) ?? null;
}

function makeResolver(today: string): Resolver<Values> {
  return (values) => {
    const errors: FieldErrors<Values> = {};
    const r = createDefusingSchema.safeParse(toBody(values));
    if (!r.success) {
      for (const issue of r.error.issues) {
        const f = fieldOf(issue.path.map(String).join('.'));
        if (f && !errors[f]) errors[f] = { type: issue.code, message: issue.message };
      }
    }
    if (values.shiftDate && shiftDateProblem(values.shiftDate, today))
      errors.shiftDate = { type: 'custom', message: 'range' };
    return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
  };
}

/**
 * The defusing after a shift, phone first: who (when recording with a trainee), the shift, the
 * three questions of "Trivsel og tryghed" with big answer buttons, and an optional wish for a
 * follow-up talk with one of the persons the API allows.
 */
export function DefusingForm({ options }: { options: DefusingOptions }) {
  const { t } = useTranslation();
  const create = useCreateDefusing();
  const [failure, setFailure] = useState<unknown>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const own = options.courses.find((c) => c.own);
  const blank: Values = {
    courseId: own?.courseId ?? (options.courses.length === 1 ? options.courses[0]!.courseId : ''),
    shiftDate: options.today,
    shiftKind: '',
    howWent: '',
    hadChallenges: '',
    challengesNote: '',
    otherNote: '',
    wantTalk: false,
    requestedOfId: '',
    message: '',
  };
  const form = useForm<Values>({ resolver: makeResolver(options.today), defaultValues: blank });
  const { errors } = form.formState;
  const courseId = form.watch('courseId');
  const course = options.courses.find((c) => c.courseId === courseId);
  const wantTalk = form.watch('wantTalk');
  const hadChallenges = form.watch('hadChallenges');
  const requestedOfId = form.watch('requestedOfId');
  const person = course?.talkPersons.find((p) => p.id === requestedOfId);
  const withTrainee = course !== undefined && !course.own;

  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const saved = await create.mutateAsync(toBody(values));
      notifications.show({
        color: 'green',
        message: saved.talkRequest
          ? t('wellbeing.form.savedWithTalk', { name: saved.talkRequest.requestedOf.name })
          : t('wellbeing.form.saved'),
        autoClose: 6000,
      });
      form.reset({ ...blank, courseId: values.courseId });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VALIDATION_FAILED' && error.problem.errors) {
        for (const e of error.problem.errors) {
          const f = fieldOf(e.path);
          if (f) form.setError(f, { message: e.message });
        }
      }
      setFailure(error);
    }
  });

  const roleText = (roles: TalkPersonRole[]) => roles.map((r) => t(`wellbeing.talkRoles.${r}`)).join(', ');
  const err = (key: string | undefined, fallback: string) => (key ? fallback : undefined);

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="defusing-form">
      <Stack gap="lg">
        {options.courses.length > 1 || !own ? (
          <NativeSelect
            label={t('wellbeing.form.trainee')}
            description={t('wellbeing.form.traineeHelp')}
            data={[
              { value: '', label: t('wellbeing.form.chooseTrainee'), disabled: true },
              ...options.courses.map((c) => ({
                value: c.courseId,
                label: c.own
                  ? t('wellbeing.form.myself', { name: c.trainee.name })
                  : `${c.trainee.name} · ${c.unit.name}`,
              })),
            ]}
            error={err(errors.courseId?.message, t('wellbeing.form.traineeRequired'))}
            {...form.register('courseId', { onChange: () => form.setValue('requestedOfId', '') })}
            data-testid="defusing-course"
          />
        ) : null}
        {withTrainee && (
          <Alert color="blue" variant="light" data-testid="defusing-with-trainee">
            {t('wellbeing.form.withTrainee', { name: course.trainee.name })}
          </Alert>
        )}

        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            type="date"
            label={t('wellbeing.form.shiftDate')}
            min={minusDays(options.today, DEFUSING_MAX_DAYS_BACK)}
            max={options.today}
            error={err(errors.shiftDate?.message, t('wellbeing.form.shiftDateRange', { days: DEFUSING_MAX_DAYS_BACK }))}
            {...form.register('shiftDate')}
            miw={160}
          />
        </Group>
        <fieldset className={classes.fieldset}>
          <legend className={classes.legend}>{t('wellbeing.form.shiftKind')}</legend>
          <Controller
            control={form.control}
            name="shiftKind"
            render={({ field }) => (
              // Chips wrap on a narrow phone (four segments do not fit at 320 px).
              <Chip.Group value={field.value} onChange={(v) => field.onChange(v as Values['shiftKind'])}>
                <Group gap="xs" data-testid="defusing-shift-kind">
                  {(['', 'DAY', 'EVENING', 'NIGHT'] as const).map((k) => (
                    <Chip key={k || 'none'} value={k} size="md" radius="sm">
                      {k === '' ? t('wellbeing.form.shiftKindNone') : t(`wellbeing.shiftKinds.${k}`)}
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
            )}
          />
        </fieldset>

        <fieldset className={classes.fieldset} aria-describedby={errors.howWent ? 'how-went-error' : undefined}>
          <legend className={classes.legend}>1. {t('wellbeing.questions.howWent')}</legend>
          <Controller
            control={form.control}
            name="howWent"
            render={({ field }) => (
              <SegmentedControl
                fullWidth
                size="lg"
                className={classes.scale}
                value={field.value}
                onChange={field.onChange}
                data={['1', '2', '3', '4', '5'].map((v) => ({
                  value: v,
                  label: v,
                }))}
                data-testid="defusing-how-went"
              />
            )}
          />
          <Group justify="space-between" mt={4} aria-hidden="true">
            <Text size="sm">{t('wellbeing.scale.low')}</Text>
            <Text size="sm">{t('wellbeing.scale.high')}</Text>
          </Group>
          <Text size="xs" c="dimmed" className={classes.srOnly}>
            {t('wellbeing.scale.explained')}
          </Text>
          {errors.howWent && (
            <Text c="red.8" size="sm" id="how-went-error" role="alert">
              {t('wellbeing.form.answerRequired')}
            </Text>
          )}
        </fieldset>

        <fieldset className={classes.fieldset}>
          <legend className={classes.legend}>2. {t('wellbeing.questions.challenges')}</legend>
          <Controller
            control={form.control}
            name="hadChallenges"
            render={({ field }) => (
              <SegmentedControl
                fullWidth
                size="lg"
                value={field.value}
                onChange={(v) => field.onChange(v as Values['hadChallenges'])}
                data={[
                  { value: 'no', label: t('wellbeing.form.no') },
                  { value: 'yes', label: t('wellbeing.form.yes') },
                ]}
                data-testid="defusing-challenges"
              />
            )}
          />
          {errors.hadChallenges && (
            <Text c="red.8" size="sm" role="alert">
              {t('wellbeing.form.answerRequired')}
            </Text>
          )}
          {hadChallenges === 'yes' && (
            <Textarea
              mt="sm"
              label={t('wellbeing.form.challengesNote')}
              autosize
              minRows={2}
              maxLength={1000}
              error={errors.challengesNote?.message}
              {...form.register('challengesNote')}
            />
          )}
        </fieldset>

        <Textarea
          label={`3. ${t('wellbeing.questions.other')}`}
          description={t('wellbeing.form.optional')}
          autosize
          minRows={2}
          maxLength={1000}
          error={errors.otherNote?.message}
          {...form.register('otherNote')}
          data-testid="defusing-other"
        />

        <Stack gap="sm">
          <Checkbox
            size="md"
            label={t('wellbeing.form.wantTalk')}
            {...form.register('wantTalk')}
            data-testid="defusing-want-talk"
          />
          {wantTalk && course && (
            <>
              <NativeSelect
                label={t('wellbeing.form.talkWith')}
                data={[
                  { value: '', label: t('wellbeing.form.chooseTalkPerson'), disabled: true },
                  ...course.talkPersons.map((p) => ({ value: p.id, label: `${p.name} (${roleText(p.roles)})` })),
                ]}
                error={err(errors.requestedOfId?.message, t('wellbeing.form.talkPersonRequired'))}
                {...form.register('requestedOfId')}
                data-testid="defusing-talk-person"
              />
              <Textarea
                label={person ? t('wellbeing.form.messageFor', { name: person.name }) : t('wellbeing.form.message')}
                description={t('wellbeing.form.messageHelp')}
                autosize
                minRows={2}
                maxLength={500}
                error={errors.message?.message}
                {...form.register('message')}
                data-testid="defusing-talk-message"
              />
            </>
          )}
        </Stack>

        {failure !== null && (
          <Alert color="red" variant="light" role="alert" tabIndex={-1} ref={failureRef}>
            {failure instanceof ApiError && failure.code === 'VALIDATION_FAILED'
              ? t('wellbeing.form.fixErrors')
              : errorMessage(failure, t)}
          </Alert>
        )}
        <Button type="submit" size="lg" fullWidth loading={form.formState.isSubmitting} data-testid="defusing-submit">
          {t('wellbeing.form.submit')}
        </Button>
      </Stack>
    </form>
  );
}
