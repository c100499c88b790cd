import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, MultiSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  createSupervisionSchema,
  todayInDenmark,
  type SupervisionCompetenceRef,
  type SupervisionSetting,
} from '@portal/contracts';
import { useState } from 'react';
import { Controller, useForm, type FieldPath, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { useCreateSupervision } from '../api/create-supervision';
import { SettingChips } from './setting-chips';

interface Values {
  occurredOn: string;
  setting: SupervisionSetting | null;
  supervised: string;
  nextSteps: string;
  competenceIds: string[];
}

const resolver: Resolver<Values> = (values, context, options) =>
  zodResolver(createSupervisionSchema)(values as never, context, options as never) as never;

/** Record a supervision: date, setting, what was supervised, linked competences, next steps. */
export function SupervisionForm({
  courseId,
  traineeName,
  competences,
}: {
  courseId: string;
  traineeName: string;
  competences: SupervisionCompetenceRef[];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateSupervision();
  const [formError, setFormError] = useState<unknown>(null);
  const form = useForm<Values>({
    resolver,
    defaultValues: { occurredOn: todayInDenmark(), setting: null, supervised: '', nextSteps: '', competenceIds: [] },
  });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (v) => {
    setFormError(null);
    try {
      await create.mutateAsync({
        courseId,
        body: {
          occurredOn: v.occurredOn,
          setting: v.setting as SupervisionSetting,
          supervised: v.supervised,
          nextSteps: v.nextSteps,
          competenceIds: v.competenceIds,
        },
      });
    } catch (error) {
      if (error instanceof ApiError && error.problem.errors) {
        for (const e of error.problem.errors) {
          form.setError(e.path.replace(/^body\./, '') as FieldPath<Values>, { message: e.message });
        }
      }
      setFormError(error);
      return;
    }
    notifications.show({
      closeButtonProps: { 'aria-label': t('supervision.close') },
      color: 'green',
      message: t('supervision.course.savedSupervision'),
    });
    void navigate(paths.supervisionCourse.getHref(courseId));
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="supervision-form">
      <Stack gap="md">
        <Text size="lg" fw={600}>
          {t('supervision.feedbackForm.to', { name: traineeName })}
        </Text>
        <TextInput
          type="date"
          label={t('supervision.fields.occurredOn')}
          max={todayInDenmark()}
          size="md"
          required
          style={{ maxWidth: 240 }}
          error={errors.occurredOn?.message}
          {...form.register('occurredOn')}
        />
        <Controller
          control={form.control}
          name="setting"
          render={({ field }) => (
            <SettingChips
              value={field.value}
              onChange={field.onChange}
              optional={false}
              error={errors.setting ? t('supervision.supervisionForm.settingRequired') : undefined}
            />
          )}
        />
        <Textarea
          label={t('supervision.fields.supervised')}
          autosize
          minRows={3}
          maxRows={10}
          required
          size="md"
          error={errors.supervised?.message}
          data-testid="field-supervised"
          {...form.register('supervised')}
        />
        {competences.length > 0 ? (
          <Controller
            control={form.control}
            name="competenceIds"
            render={({ field }) => (
              <MultiSelect
                label={t('supervision.fields.competences')}
                description={t('supervision.hints.competences')}
                data={competences.map((c) => ({ value: c.id, label: `${c.code} ${c.title}` }))}
                value={field.value}
                onChange={field.onChange}
                searchable
                clearable
                size="md"
                error={errors.competenceIds?.message}
                data-testid="field-competences"
              />
            )}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('supervision.hints.noCompetences')}
          </Text>
        )}
        <Textarea
          label={t('supervision.fields.nextSteps')}
          autosize
          minRows={2}
          maxRows={8}
          size="md"
          error={errors.nextSteps?.message}
          {...form.register('nextSteps')}
        />
        {formError !== null && (
          <Alert color="red" variant="light" role="alert">
            <Text size="sm">
              {formError instanceof ApiError && formError.code === 'VALIDATION_FAILED'
                ? t('supervision.feedbackForm.invalid')
                : errorMessage(formError, t)}
            </Text>
          </Alert>
        )}
        <Button type="submit" size="lg" fullWidth loading={form.formState.isSubmitting} data-testid="save-supervision">
          {t('supervision.supervisionForm.save')}
        </Button>
      </Stack>
    </form>
  );
}
