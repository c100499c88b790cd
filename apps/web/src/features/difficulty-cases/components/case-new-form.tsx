import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Radio, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { CASE_CAUSES, CASE_DESCRIPTION_MAX, openCaseSchema, todayInDenmark, type OpenCase } from '@portal/contracts';
import { useState } from 'react';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { useEarlyWarnings } from '../api/get-early-warnings';
import { useOpenCase } from '../api/open-case';
import { ConfidentialNote } from './confidential-note';

/** Opening a case: the course (preselected from the early-warning link), the cause, a short description. */
export function CaseNewForm({ courseId }: { courseId: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Every course the caller watches (UAO of the department, hovedvejleder), not only those with a signal.
  const warnings = useEarlyWarnings(true);
  const open = useOpenCase();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<OpenCase>({
    resolver: zodResolver(openCaseSchema),
    defaultValues: { courseId: courseId ?? '', cause: undefined, description: '', openedOn: todayInDenmark() },
  });
  const { errors } = form.formState;
  const options = (warnings.data?.items ?? [])
    .filter((i) => i.mayOpenCase || i.courseId === courseId)
    .map((i) => ({ value: i.courseId, label: `${i.trainee.name} · ${i.unit.name}` }));
  const preselected = warnings.data?.items.find((i) => i.courseId === courseId);

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const created = await open.mutateAsync(values);
      void navigate(paths.difficultyCase.getHref(created.id));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VALIDATION_FAILED' && error.problem.errors) {
        for (const e of error.problem.errors)
          form.setError(e.path.replace(/^body\./, '') as FieldPath<OpenCase>, { message: e.message });
        setFailure(t('difficultyCases.form.invalid'));
      } else if (error instanceof ApiError && error.code === 'CONFLICT') {
        setFailure(t('difficultyCases.form.alreadyOpen'));
      } else setFailure(errorMessage(error, t));
    }
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="case-new-form">
      <Stack gap="md" maw={640}>
        <ConfidentialNote />
        {courseId && preselected ? (
          <Text data-testid="case-course">
            {t('difficultyCases.form.courseOf', { name: preselected.trainee.name, unit: preselected.unit.name })}
          </Text>
        ) : courseId ? (
          <Text data-testid="case-course">{t('difficultyCases.form.courseFromLink')}</Text>
        ) : (
          <Controller
            control={form.control}
            name="courseId"
            render={({ field }) => (
              <Select
                label={t('difficultyCases.form.course')}
                description={t('difficultyCases.form.courseHint')}
                data={options}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                error={errors.courseId?.message}
                required
                searchable
              />
            )}
          />
        )}
        <Controller
          control={form.control}
          name="cause"
          render={({ field }) => (
            <Radio.Group
              label={t('difficultyCases.form.cause')}
              description={t('difficultyCases.form.causeHint')}
              value={field.value ?? ''}
              onChange={field.onChange}
              error={errors.cause ? t('difficultyCases.form.causeRequired') : undefined}
              required
            >
              <Stack gap={6} mt={6}>
                {CASE_CAUSES.map((c) => (
                  <Radio key={c} value={c} label={t(`difficultyCases.causes.${c}`)} data-testid={`cause-${c}`} />
                ))}
              </Stack>
            </Radio.Group>
          )}
        />
        <Textarea
          label={t('difficultyCases.form.description')}
          description={t('difficultyCases.form.descriptionHint', { max: CASE_DESCRIPTION_MAX })}
          autosize
          minRows={3}
          maxLength={CASE_DESCRIPTION_MAX}
          required
          error={errors.description?.message}
          data-testid="case-description"
          {...form.register('description')}
        />
        <TextInput
          type="date"
          label={t('difficultyCases.form.openedOn')}
          max={todayInDenmark()}
          required
          error={errors.openedOn?.message}
          style={{ maxWidth: 240 }}
          {...form.register('openedOn')}
        />
        {failure && (
          <Alert color="red" variant="light" role="alert">
            <Text size="sm">{failure}</Text>
          </Alert>
        )}
        <Button type="submit" loading={form.formState.isSubmitting} color="grape" data-testid="case-submit">
          {t('difficultyCases.form.submit')}
        </Button>
      </Stack>
    </form>
  );
}
