import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { createFeedbackSchema, todayInDenmark, type CreateFeedback, type SupervisionSetting } from '@portal/contracts';
import { useEffect, useRef, useState } from 'react';
import { Controller, useForm, type FieldPath, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { ApiError, NetworkError } from '@/lib/api-client';
import { useSession } from '@/lib/auth/use-session';
import { errorMessage } from '@/lib/error-message';
import { useCreateFeedback } from '../api/create-feedback';
import { clearDraft, loadDraft, saveDraft, type FeedbackDraft } from '../lib/draft';
import { SettingChips } from './setting-chips';

interface Values {
  givenOn: string;
  setting: SupervisionSetting | null;
  wentWell: string;
  toImprove: string;
  nextStep: string;
  requestId: string | null;
  concern: boolean;
}

const TEXT_FIELDS = ['wentWell', 'toImprove', 'nextStep'] as const;

const resolver: Resolver<Values> = (values, context, options) =>
  zodResolver(createFeedbackSchema)(values, context, options as never) as never;

const clock = (iso: string) =>
  new Date(iso).toLocaleTimeString('da-DK', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen' });

function useOnline() {
  const [online, setOnline] = useState(() => (typeof navigator === 'undefined' ? true : navigator.onLine));
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

/**
 * The feedback entry, phone first: the three texts of the shared concept (the first focused),
 * then date (today) and an optional setting, then Send. Everything typed is saved on this device
 * on every keystroke and kept when sending fails; it is removed only when the server has saved it.
 */
export function FeedbackForm({
  courseId,
  traineeName,
  requestId,
  requesterName,
}: {
  courseId: string;
  traineeName: string;
  requestId: string | null;
  requesterName?: string | null;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useSession();
  const create = useCreateFeedback();
  const online = useOnline();
  const [restored] = useState<FeedbackDraft | null>(() => loadDraft(me.user.id, courseId));
  const [savedAt, setSavedAt] = useState<string | null>(restored?.savedAt ?? null);
  const [showRestored, setShowRestored] = useState(restored !== null);
  const [failure, setFailure] = useState<'not-sent' | 'request-gone' | 'invalid' | { other: unknown } | null>(null);
  const failureRef = useRef<HTMLDivElement>(null);

  const form = useForm<Values>({
    resolver,
    defaultValues: {
      givenOn: restored?.givenOn || todayInDenmark(),
      setting: restored?.setting ?? null,
      wentWell: restored?.wentWell ?? '',
      toImprove: restored?.toImprove ?? '',
      nextStep: restored?.nextStep ?? '',
      requestId: requestId ?? restored?.requestId ?? null,
      concern: false,
    },
  });
  const { errors } = form.formState;
  const linkedRequest = form.watch('requestId');

  // Every change is written to this device at once.
  useEffect(() => {
    const sub = form.watch((v) => {
      const ok = saveDraft(me.user.id, courseId, {
        givenOn: v.givenOn ?? '',
        setting: v.setting ?? null,
        wentWell: v.wentWell ?? '',
        toImprove: v.toImprove ?? '',
        nextStep: v.nextStep ?? '',
        requestId: v.requestId ?? null,
      });
      if (ok) setSavedAt(new Date().toISOString());
    });
    return () => sub.unsubscribe();
  }, [form, me.user.id, courseId]);

  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  const submit = form.handleSubmit(
    async (values) => {
      setFailure(null);
      const body: CreateFeedback = {
        givenOn: values.givenOn,
        setting: values.setting,
        wentWell: values.wentWell,
        toImprove: values.toImprove,
        nextStep: values.nextStep,
        requestId: values.requestId,
        concern: values.concern,
      };
      try {
        await create.mutateAsync({ courseId, body });
      } catch (error) {
        if (error instanceof NetworkError || (error instanceof ApiError && error.status >= 500)) {
          setFailure('not-sent');
        } else if (error instanceof ApiError && error.code === 'CONFLICT' && values.requestId) {
          setFailure('request-gone');
        } else if (error instanceof ApiError && error.code === 'VALIDATION_FAILED' && error.problem.errors) {
          for (const e of error.problem.errors) {
            const field = e.path.replace(/^body\./, '') as FieldPath<Values>;
            form.setError(field, { message: e.message });
          }
          setFailure('invalid');
        } else {
          setFailure({ other: error });
        }
        return;
      }
      // Saved by the server: only now is the local draft removed.
      clearDraft(me.user.id, courseId);
      notifications.show({
        closeButtonProps: { 'aria-label': t('supervision.close') },
        color: 'green',
        message: t('supervision.course.saved'),
        autoClose: 6000,
      });
      void navigate(paths.supervisionCourse.getHref(courseId), { state: { saved: 'feedback' } });
    },
    () => setFailure('invalid'),
  );

  const discard = () => {
    clearDraft(me.user.id, courseId);
    form.reset({
      givenOn: todayInDenmark(),
      setting: null,
      wentWell: '',
      toImprove: '',
      nextStep: '',
      requestId: requestId ?? null,
      concern: false,
    });
    clearDraft(me.user.id, courseId);
    setSavedAt(null);
    setShowRestored(false);
  };

  const busy = form.formState.isSubmitting;

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="feedback-form">
      <Stack gap="md">
        <Text size="lg" fw={600}>
          {t('supervision.feedbackForm.to', { name: traineeName })}
        </Text>
        {linkedRequest && (
          <Alert color="grape" variant="light" data-testid="answering-request">
            <Text size="sm">{t('supervision.feedbackForm.answering', { name: requesterName ?? traineeName })}</Text>
          </Alert>
        )}
        {showRestored && restored && (
          <Alert
            color="blue"
            variant="light"
            title={t('supervision.feedbackForm.restoredTitle')}
            data-testid="draft-restored"
          >
            <Text size="sm">{t('supervision.feedbackForm.restored', { time: clock(restored.savedAt) })}</Text>
            <Button size="xs" variant="subtle" mt={4} onClick={discard}>
              {t('supervision.feedbackForm.discard')}
            </Button>
          </Alert>
        )}
        {!online && (
          <Alert color="orange" variant="light" role="status" data-testid="offline">
            <Text size="sm">{t('supervision.feedbackForm.offline')}</Text>
          </Alert>
        )}
        {TEXT_FIELDS.map((f, i) => (
          <Textarea
            key={f}
            label={t(`supervision.fields.${f}`)}
            description={t(`supervision.hints.${f}`)}
            autosize
            minRows={2}
            maxRows={8}
            required
            size="md"
            // The first field is focused when the form opens: one tap fewer on a phone.
            data-autofocus={i === 0 ? true : undefined}
            autoFocus={i === 0}
            error={errors[f]?.message}
            data-testid={`field-${f}`}
            {...form.register(f)}
          />
        ))}
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            type="date"
            label={t('supervision.fields.givenOn')}
            max={todayInDenmark()}
            size="md"
            error={errors.givenOn?.message}
            style={{ minWidth: 160, maxWidth: 240 }}
            {...form.register('givenOn')}
          />
        </Group>
        <Controller
          control={form.control}
          name="setting"
          render={({ field }) => (
            <SettingChips value={field.value} onChange={field.onChange} optional error={errors.setting?.message} />
          )}
        />
        <Checkbox
          label={t('supervision.feedbackForm.concern')}
          description={t('supervision.feedbackForm.concernHint')}
          data-testid="feedback-concern"
          {...form.register('concern')}
        />
        <div ref={failureRef} tabIndex={-1} style={{ outline: 'none' }}>
          {failure === 'not-sent' && (
            <Alert
              color="red"
              variant="light"
              role="alert"
              title={t('supervision.feedbackForm.notSentTitle')}
              data-testid="not-sent"
            >
              <Text size="sm">{t('supervision.feedbackForm.notSent')}</Text>
              <Button mt="xs" variant="outline" onClick={() => void submit()} loading={busy}>
                {t('supervision.feedbackForm.retry')}
              </Button>
            </Alert>
          )}
          {failure === 'request-gone' && (
            <Alert color="orange" variant="light" role="alert">
              <Text size="sm">{t('supervision.feedbackForm.requestGone')}</Text>
              <Button
                mt="xs"
                variant="outline"
                onClick={() => {
                  form.setValue('requestId', null);
                  void submit();
                }}
              >
                {t('supervision.feedbackForm.unlink')}
              </Button>
            </Alert>
          )}
          {failure === 'invalid' && (
            <Alert color="red" variant="light" role="alert">
              <Text size="sm">{t('supervision.feedbackForm.invalid')}</Text>
            </Alert>
          )}
          {failure && typeof failure === 'object' && (
            <Alert color="red" variant="light" role="alert">
              <Text size="sm">{errorMessage(failure.other, t)}</Text>
            </Alert>
          )}
        </div>
        <Button type="submit" size="lg" fullWidth loading={busy} data-testid="send-feedback">
          {t('supervision.feedbackForm.send')}
        </Button>
        {savedAt && (
          <Text size="xs" c="dimmed" data-testid="draft-saved">
            {t('supervision.feedbackForm.draftSaved', { time: clock(savedAt) })}
          </Text>
        )}
      </Stack>
    </form>
  );
}
