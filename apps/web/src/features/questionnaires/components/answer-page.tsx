import { Alert, Button, Center, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { MAX_ANSWER_TEXT, submitAnswersSchema, type AnswerForm, type SubmitAnswers } from '@portal/contracts';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { isApiError } from '@/lib/api-client';
import { useAnswerForm } from '../api/get-answer-form';
import { useSubmitAnswers } from '../api/submit-answers';
import { formatDay, ServerError } from './shared';

type Values = Record<string, string>;

function toBody(form: AnswerForm, v: Values): SubmitAnswers {
  const answers: SubmitAnswers['answers'] = [];
  for (const q of form.questions) {
    const raw = (v[q.id] ?? '').trim();
    if (!raw) continue;
    if (q.kind === 'SCALE') answers.push({ questionId: q.id, scaleValue: Number(raw) });
    else if (q.kind === 'CHOICE') answers.push({ questionId: q.id, choiceIndex: Number(raw) });
    else answers.push({ questionId: q.id, text: raw });
  }
  return submitAnswersSchema.parse({ answers });
}

function Questions({ token, form: f }: { token: string; form: AnswerForm }) {
  const { t, i18n } = useTranslation();
  const submit = useSubmitAnswers();
  const form = useForm<Values>({ defaultValues: Object.fromEntries(f.questions.map((q) => [q.id, ''])) });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((v) => {
    let missing = false;
    for (const q of f.questions) {
      if (q.required && !(v[q.id] ?? '').trim()) {
        form.setError(q.id, { message: t('questionnaires.answer.required') });
        missing = true;
      }
    }
    if (!missing) submit.mutate({ token, body: toBody(f, v) });
  });

  if (submit.isSuccess)
    return (
      <Alert
        color="teal"
        variant="light"
        role="status"
        title={t('questionnaires.answer.thanksTitle')}
        data-testid="answer-thanks"
      >
        <Text size="sm">{t('questionnaires.answer.thanks')}</Text>
      </Alert>
    );
  const used = isApiError(submit.error, 'NOT_FOUND');
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{f.title}</Title>
        <Text mt={4} size="sm">
          {f.roundLabel} · {t('questionnaires.answer.until', { date: formatDay(f.closesOn, i18n.language) })}
        </Text>
      </div>
      {f.intro && <Text>{f.intro}</Text>}
      <Alert
        variant="light"
        color="blue"
        title={t('questionnaires.answer.anonymityTitle')}
        data-testid="answer-anonymity"
      >
        <Text size="sm">{t('questionnaires.answer.anonymity')}</Text>
      </Alert>
      {used ? (
        <Alert color="red" variant="light" role="alert" data-testid="answer-invalid">
          {t('questionnaires.answer.invalid')}
        </Alert>
      ) : (
        <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={f.title}>
          <Stack gap="lg">
            {f.questions.map((q, n) => {
              const label = `${n + 1}. ${q.text}`;
              const error = errors[q.id]?.message;
              return (
                <Paper key={q.id} withBorder p="md" data-testid="answer-question">
                  <Controller
                    control={form.control}
                    name={q.id}
                    render={({ field }) =>
                      q.kind === 'TEXT' ? (
                        <Textarea
                          label={label}
                          required={q.required}
                          autosize
                          minRows={3}
                          maxLength={MAX_ANSWER_TEXT}
                          value={field.value}
                          onChange={(e) => field.onChange(e.currentTarget.value)}
                          error={error}
                          description={t('questionnaires.answer.textHint', { max: MAX_ANSWER_TEXT })}
                          data-testid="answer-text"
                        />
                      ) : q.kind === 'CHOICE' ? (
                        <Radio.Group
                          label={label}
                          required={q.required}
                          value={field.value}
                          onChange={field.onChange}
                          error={error}
                        >
                          <Stack gap="xs" mt="xs">
                            {q.options.map((o, i) => (
                              <Radio.Card key={i} value={String(i)} p="sm" radius="md" data-testid="answer-choice">
                                <Group wrap="nowrap" gap="sm">
                                  <Radio.Indicator />
                                  <Text>{o}</Text>
                                </Group>
                              </Radio.Card>
                            ))}
                          </Stack>
                        </Radio.Group>
                      ) : (
                        <Radio.Group
                          label={label}
                          required={q.required}
                          value={field.value}
                          onChange={field.onChange}
                          error={error}
                          description={
                            q.scaleMinLabel || q.scaleMaxLabel
                              ? `${q.scaleMin} = ${q.scaleMinLabel ?? ''} · ${q.scaleMax} = ${q.scaleMaxLabel ?? ''}`
                              : undefined
                          }
                        >
                          <Group gap={6} mt="xs" wrap="wrap">
                            {Array.from({ length: q.scaleMax! - q.scaleMin! + 1 }, (_, i) => q.scaleMin! + i).map(
                              (v) => (
                                <Radio.Card
                                  key={v}
                                  value={String(v)}
                                  miw={44}
                                  style={{ flex: '1 0 44px', maxWidth: 72 }}
                                  h={52}
                                  radius="md"
                                  className="answer-scale"
                                  data-testid="answer-scale"
                                  aria-label={String(v)}
                                >
                                  <Center h="100%">
                                    <Text fw={700} size="lg">
                                      {v}
                                    </Text>
                                  </Center>
                                </Radio.Card>
                              ),
                            )}
                          </Group>
                        </Radio.Group>
                      )
                    }
                  />
                </Paper>
              );
            })}
            <ServerError error={submit.error} />
            <Button type="submit" size="lg" fullWidth loading={submit.isPending} data-testid="answer-submit">
              {t('questionnaires.answer.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

/** The public, phone-first page of a personal answer link: no sign-in, anonymous, once. */
export function AnswerPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const form = useAnswerForm(token);
  if (form.isPending) return <PageLoader />;
  if (isApiError(form.error, 'NOT_FOUND') || isApiError(form.error, 'VALIDATION_FAILED'))
    return (
      <Stack gap="lg">
        <Title order={1}>{t('questionnaires.answer.heading')}</Title>
        <Alert color="red" variant="light" role="alert" data-testid="answer-invalid">
          {t('questionnaires.answer.invalid')}
        </Alert>
      </Stack>
    );
  if (form.error) return <QueryError error={form.error} onRetry={() => void form.refetch()} />;
  return <Questions token={token} form={form.data} />;
}
