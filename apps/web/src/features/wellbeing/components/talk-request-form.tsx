import { Alert, Button, NativeSelect, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { createTalkRequestSchema, type DefusingCourseOption, type TalkPersonRole } from '@portal/contracts';
import { useState } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-message';
import { useCreateTalkRequest } from '../api/create-talk-request';

interface Values {
  requestedOfId: string;
  message: string;
}

/** A wish for a follow-up talk without a defusing (the trainee's own course only). */
export function TalkRequestForm({ course }: { course: DefusingCourseOption }) {
  const { t } = useTranslation();
  const create = useCreateTalkRequest();
  const [failure, setFailure] = useState<unknown>(null);
  const resolver: Resolver<Values> = (values) => {
    const r = createTalkRequestSchema.safeParse({ courseId: course.courseId, ...values });
    if (r.success) return { values, errors: {} };
    const errors: FieldErrors<Values> = {};
    for (const i of r.error.issues) {
      const f = i.path[0];
      if ((f === 'requestedOfId' || f === 'message') && !errors[f]) errors[f] = { type: i.code, message: i.message };
    }
    return { values: {}, errors };
  };
  const form = useForm<Values>({ resolver, defaultValues: { requestedOfId: '', message: '' } });
  const { errors } = form.formState;
  const roleText = (roles: TalkPersonRole[]) => roles.map((r) => t(`wellbeing.talkRoles.${r}`)).join(', ');
  const submit = form.handleSubmit(async (v) => {
    setFailure(null);
    try {
      const saved = await create.mutateAsync({ courseId: course.courseId, ...v });
      notifications.show({
        color: 'green',
        message: t('wellbeing.alone.saved', { name: saved.requestedOf.name }),
        autoClose: 6000,
      });
      form.reset();
    } catch (e) {
      setFailure(e);
    }
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="talk-request-form">
      <Stack gap="sm">
        <NativeSelect
          label={t('wellbeing.form.talkWith')}
          data={[
            { value: '', label: t('wellbeing.form.chooseTalkPerson'), disabled: true },
            ...course.talkPersons.map((p) => ({ value: p.id, label: `${p.name} (${roleText(p.roles)})` })),
          ]}
          error={errors.requestedOfId ? t('wellbeing.form.talkPersonRequired') : undefined}
          {...form.register('requestedOfId')}
        />
        <Textarea
          label={t('wellbeing.form.message')}
          autosize
          minRows={2}
          maxLength={500}
          {...form.register('message')}
        />
        {failure !== null && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(failure, t)}
          </Alert>
        )}
        <Button type="submit" variant="default" loading={form.formState.isSubmitting}>
          {t('wellbeing.alone.submit')}
        </Button>
      </Stack>
    </form>
  );
}
