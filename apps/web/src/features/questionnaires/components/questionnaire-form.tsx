import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import {
  QUESTIONNAIRE_AUDIENCES,
  QUESTIONNAIRE_SCHEDULES,
  questionnaireInputSchema,
  type QuestionnaireDetail,
  type QuestionnaireInput,
} from '@portal/contracts';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { useOwners } from '../api/get-owners';
import { applyFieldErrors, ServerError } from './shared';

type Values = z.input<typeof questionnaireInputSchema>;
const REGION = 'region';

/** Title, intro, owner (a hospital, or the region), audience and schedule of a questionnaire. */
export function QuestionnaireForm({
  initial,
  locked,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  initial?: QuestionnaireDetail;
  /** Owner and audience are fixed once a round has been sent. */
  locked?: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (v: QuestionnaireInput) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const owners = useOwners();
  const form = useForm<Values, unknown, z.output<typeof questionnaireInputSchema>>({
    resolver: zodResolver(questionnaireInputSchema),
    defaultValues: {
      title: initial?.title ?? '',
      intro: initial?.intro ?? '',
      ownerUnitId: initial ? (initial.owner?.id ?? null) : null,
      audience: initial?.audience ?? 'TRAINEES',
      schedule: initial?.schedule ?? 'ONCE',
    },
  });
  const { errors } = form.formState;
  if (owners.isPending) return <PageLoader />;
  if (owners.error) return <QueryError error={owners.error} onRetry={() => void owners.refetch()} />;
  const ownerData = [
    ...(owners.data.region ? [{ value: REGION, label: t('questionnaires.regionWide') }] : []),
    ...owners.data.hospitals.map((h) => ({ value: h.id, label: h.name })),
  ];
  if (!initial && form.getValues('ownerUnitId') === null && !owners.data.region && owners.data.hospitals[0])
    form.setValue('ownerUnitId', owners.data.hospitals[0].id);

  const submit = form.handleSubmit(async (v) => {
    try {
      await onSubmit(v);
    } catch (e) {
      applyFieldErrors(form, e);
    }
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('questionnaires.form.label')}>
      <Stack gap="sm">
        <ServerError error={error} />
        <TextInput
          label={t('questionnaires.form.title')}
          required
          {...form.register('title')}
          error={errors.title?.message}
          data-testid="q-title"
        />
        <Textarea
          label={t('questionnaires.form.intro')}
          description={t('questionnaires.form.introHint')}
          autosize
          minRows={2}
          {...form.register('intro')}
          error={errors.intro?.message}
          data-testid="q-intro"
        />
        <Controller
          control={form.control}
          name="ownerUnitId"
          render={({ field }) => (
            <Select
              label={t('questionnaires.form.owner')}
              data={ownerData}
              value={field.value ?? REGION}
              onChange={(v) => field.onChange(v === REGION || v === null ? null : v)}
              allowDeselect={false}
              disabled={locked}
              error={errors.ownerUnitId?.message}
              data-testid="q-owner"
            />
          )}
        />
        <Controller
          control={form.control}
          name="audience"
          render={({ field }) => (
            <Select
              label={t('questionnaires.form.audience')}
              data={QUESTIONNAIRE_AUDIENCES.map((a) => ({ value: a, label: t(`questionnaires.audiences.${a}`) }))}
              value={field.value}
              onChange={(v) => v && field.onChange(v)}
              allowDeselect={false}
              disabled={locked}
              error={errors.audience?.message}
              data-testid="q-audience"
            />
          )}
        />
        <Controller
          control={form.control}
          name="schedule"
          render={({ field }) => (
            <Select
              label={t('questionnaires.form.schedule')}
              data={QUESTIONNAIRE_SCHEDULES.map((a) => ({ value: a, label: t(`questionnaires.schedules.${a}`) }))}
              value={field.value}
              onChange={(v) => v && field.onChange(v)}
              allowDeselect={false}
              error={errors.schedule?.message}
              data-testid="q-schedule"
            />
          )}
        />
        <Group gap="sm">
          <Button type="submit" loading={pending} data-testid="q-save">
            {t('questionnaires.save')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('questionnaires.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
