import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import {
  DEFAULT_SCALE,
  QUESTION_KINDS,
  questionInputSchema,
  type QuestionInput,
  type QuestionView,
} from '@portal/contracts';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { applyFieldErrors, ServerError } from './shared';

/** The form keeps the options as one text (one option a line) and checks the question with the contract. */
const formSchema = z.strictObject({
  kind: z.enum(QUESTION_KINDS),
  text: z.string(),
  required: z.boolean(),
  optionsText: z.string(),
  scaleMin: z.number().int().nullable(),
  scaleMax: z.number().int().nullable(),
  scaleMinLabel: z.string(),
  scaleMaxLabel: z.string(),
});
type Values = z.infer<typeof formSchema>;

function toQuestion(v: Values): QuestionInput {
  return {
    kind: v.kind,
    text: v.text,
    required: v.required,
    options:
      v.kind === 'CHOICE'
        ? v.optionsText
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
    ...(v.kind === 'SCALE'
      ? {
          scaleMin: v.scaleMin,
          scaleMax: v.scaleMax,
          scaleMinLabel: v.scaleMinLabel || null,
          scaleMaxLabel: v.scaleMaxLabel || null,
        }
      : {}),
  };
}

/** Add or edit a question: a scale (default 1–5, with end labels), a choice (2–20 options) or a free text. */
export function QuestionForm({
  initial,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  initial?: QuestionView;
  pending: boolean;
  error: unknown;
  onSubmit: (q: QuestionInput) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    resolver: zodResolver(
      formSchema.superRefine((v, ctx) => {
        const r = questionInputSchema.safeParse(toQuestion(v));
        if (r.success) return;
        for (const i of r.error.issues) {
          const p = String(i.path[0] ?? 'text');
          ctx.addIssue({ code: 'custom', path: [p === 'options' ? 'optionsText' : p], message: i.message });
        }
      }),
    ),
    defaultValues: {
      kind: (initial?.kind as Values['kind']) ?? 'SCALE',
      text: initial?.text ?? '',
      required: initial?.required ?? true,
      optionsText: initial?.options.join('\n') ?? '',
      scaleMin: initial?.scaleMin ?? DEFAULT_SCALE.min,
      scaleMax: initial?.scaleMax ?? DEFAULT_SCALE.max,
      scaleMinLabel: initial?.scaleMinLabel ?? '',
      scaleMaxLabel: initial?.scaleMaxLabel ?? '',
    },
  });
  const { errors } = form.formState;
  const kind = form.watch('kind');
  const submit = form.handleSubmit(async (v) => {
    try {
      await onSubmit(toQuestion(v));
      if (!initial) form.reset({ ...form.getValues(), text: '', optionsText: '' });
    } catch (e) {
      applyFieldErrors(form, e, 'body.question.');
    }
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('questionnaires.question.formLabel')}>
      <Stack gap="sm">
        <ServerError error={error} />
        <Controller
          control={form.control}
          name="kind"
          render={({ field }) => (
            <Select
              label={t('questionnaires.question.kind')}
              data={QUESTION_KINDS.map((k) => ({ value: k, label: t(`questionnaires.kinds.${k}`) }))}
              value={field.value}
              onChange={(v) => v && field.onChange(v)}
              allowDeselect={false}
              data-testid="question-kind"
            />
          )}
        />
        <Textarea
          label={t('questionnaires.question.text')}
          required
          autosize
          minRows={2}
          {...form.register('text')}
          error={errors.text?.message}
          data-testid="question-text"
        />
        {kind === 'CHOICE' && (
          <Textarea
            label={t('questionnaires.question.options')}
            description={t('questionnaires.question.optionsHint')}
            autosize
            minRows={3}
            {...form.register('optionsText')}
            error={errors.optionsText?.message}
            data-testid="question-options"
          />
        )}
        {kind === 'SCALE' && (
          <Group grow align="flex-start">
            <Controller
              control={form.control}
              name="scaleMin"
              render={({ field }) => (
                <NumberInput
                  label={t('questionnaires.question.scaleMin')}
                  min={0}
                  max={10}
                  value={field.value ?? ''}
                  onChange={(v) => field.onChange(typeof v === 'number' ? v : null)}
                  error={errors.scaleMin?.message}
                />
              )}
            />
            <Controller
              control={form.control}
              name="scaleMax"
              render={({ field }) => (
                <NumberInput
                  label={t('questionnaires.question.scaleMax')}
                  min={0}
                  max={10}
                  value={field.value ?? ''}
                  onChange={(v) => field.onChange(typeof v === 'number' ? v : null)}
                  error={errors.scaleMax?.message}
                />
              )}
            />
          </Group>
        )}
        {kind === 'SCALE' && (
          <Group grow align="flex-start">
            <TextInput
              label={t('questionnaires.question.scaleMinLabel')}
              {...form.register('scaleMinLabel')}
              error={errors.scaleMinLabel?.message}
            />
            <TextInput
              label={t('questionnaires.question.scaleMaxLabel')}
              {...form.register('scaleMaxLabel')}
              error={errors.scaleMaxLabel?.message}
            />
          </Group>
        )}
        <Checkbox label={t('questionnaires.question.required')} {...form.register('required')} />
        <Group gap="sm">
          <Button type="submit" loading={pending} data-testid="question-save">
            {initial ? t('questionnaires.save') : t('questionnaires.question.add')}
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
