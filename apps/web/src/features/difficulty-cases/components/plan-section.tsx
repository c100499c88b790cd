import { zodResolver } from '@hookform/resolvers/zod';
import {
  Accordion,
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import {
  CASE_TEXT_MAX,
  PLAN_FOLLOW_UPS_MAX,
  PLAN_PARTICIPANTS,
  todayInDenmark,
  writePlanSchema,
  type CasePlanVersion,
  type WritePlan,
} from '@portal/contracts';
import { useEffect, useState } from 'react';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/ui/query-error';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { formatDate, formatDateTimeAsDate } from '@/lib/format';
import { useCasePlan } from '../api/get-plan';
import { useWritePlan } from '../api/write-plan';

function PlanView({ plan }: { plan: CasePlanVersion }) {
  const { t } = useTranslation();
  const row = (label: string, value: string) => (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {value}
      </Text>
    </div>
  );
  return (
    <Stack gap="xs" data-testid={`plan-version-${plan.version}`}>
      <Text size="sm" c="dimmed">
        {t('difficultyCases.plan.versionBy', {
          version: plan.version,
          name: plan.author.name,
          date: formatDateTimeAsDate(plan.createdAt),
        })}
      </Text>
      {row(t('difficultyCases.plan.meetingDate'), formatDate(plan.meetingDate))}
      {row(
        t('difficultyCases.plan.participants'),
        plan.participants.map((p) => t(`difficultyCases.participants.${p}`)).join(', '),
      )}
      {row(t('difficultyCases.plan.goals'), plan.goals)}
      {row(t('difficultyCases.plan.actions'), plan.actions)}
      {row(t('difficultyCases.plan.support'), plan.support)}
      {row(
        t('difficultyCases.plan.followUps'),
        plan.followUpDates.length
          ? plan.followUpDates.map(formatDate).join(', ')
          : t('difficultyCases.plan.noFollowUps'),
      )}
    </Stack>
  );
}

function DateList({ value, onChange, error }: { value: string[]; onChange: (v: string[]) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500} component="div">
        {t('difficultyCases.plan.followUps')}
      </Text>
      {value.map((d, i) => (
        <Group key={i} gap="xs" wrap="nowrap">
          <TextInput
            type="date"
            aria-label={t('difficultyCases.plan.followUpN', { n: i + 1 })}
            value={d}
            onChange={(e) => onChange(value.map((x, j) => (j === i ? e.currentTarget.value : x)))}
            style={{ maxWidth: 220 }}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('difficultyCases.plan.removeFollowUp', { n: i + 1 })}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      {value.length < PLAN_FOLLOW_UPS_MAX && (
        <Button variant="subtle" size="xs" onClick={() => onChange([...value, ''])} style={{ alignSelf: 'flex-start' }}>
          {t('difficultyCases.plan.addFollowUp')}
        </Button>
      )}
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

function PlanForm({
  caseId,
  current,
  onDone,
}: {
  caseId: string;
  current: CasePlanVersion | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const write = useWritePlan();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<WritePlan>({
    resolver: zodResolver(writePlanSchema),
    defaultValues: {
      meetingDate: current?.meetingDate ?? todayInDenmark(),
      participants: current?.participants ?? [...PLAN_PARTICIPANTS],
      goals: current?.goals ?? '',
      actions: current?.actions ?? '',
      support: current?.support ?? '',
      followUpDates: current?.followUpDates ?? [],
      basedOnVersion: current?.version ?? 0,
    },
  });
  // After a conflict the refetched plan is current: the next save is based on it (the text typed is kept).
  useEffect(() => form.setValue('basedOnVersion', current?.version ?? 0), [current?.version, form]);
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await write.mutateAsync({
        caseId,
        body: { ...values, followUpDates: values.followUpDates.filter((d) => d !== '') },
      });
      onDone();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT') setFailure(t('difficultyCases.plan.conflict'));
      else if (error instanceof ApiError && error.code === 'VALIDATION_FAILED' && error.problem.errors) {
        for (const e of error.problem.errors)
          form.setError(e.path.replace(/^body\./, '').split('.')[0] as FieldPath<WritePlan>, { message: e.message });
        setFailure(t('difficultyCases.form.invalid'));
      } else setFailure(errorMessage(error, t));
    }
  });
  const area = (name: 'goals' | 'actions' | 'support') => (
    <Textarea
      label={t(`difficultyCases.plan.${name}`)}
      autosize
      minRows={2}
      maxLength={CASE_TEXT_MAX}
      required
      error={errors[name]?.message}
      data-testid={`plan-${name}`}
      {...form.register(name)}
    />
  );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="plan-form">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {current
            ? t('difficultyCases.plan.newVersion', { version: current.version + 1 })
            : t('difficultyCases.plan.first')}
        </Title>
        <TextInput
          type="date"
          label={t('difficultyCases.plan.meetingDate')}
          description={t('difficultyCases.plan.meetingHint')}
          required
          error={errors.meetingDate?.message}
          style={{ maxWidth: 240 }}
          {...form.register('meetingDate')}
        />
        <Controller
          control={form.control}
          name="participants"
          render={({ field }) => (
            <Checkbox.Group
              label={t('difficultyCases.plan.participants')}
              value={field.value}
              onChange={field.onChange}
              error={errors.participants?.message}
              required
            >
              <Stack gap={6} mt={6}>
                {PLAN_PARTICIPANTS.map((p) => (
                  <Checkbox key={p} value={p} label={t(`difficultyCases.participants.${p}`)} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
        />
        {area('goals')}
        {area('actions')}
        {area('support')}
        <Controller
          control={form.control}
          name="followUpDates"
          render={({ field }) => (
            <DateList value={field.value} onChange={field.onChange} error={errors.followUpDates?.message} />
          )}
        />
        {failure && (
          <Alert color="red" variant="light" role="alert" data-testid="plan-failure">
            <Text size="sm">{failure}</Text>
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={form.formState.isSubmitting} data-testid="plan-save">
            {t('difficultyCases.plan.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('difficultyCases.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The plan: the current version, earlier versions, and (for writers) a new version. */
export function PlanSection({ caseId, mayWrite }: { caseId: string; mayWrite: boolean }) {
  const { t } = useTranslation();
  const q = useCasePlan(caseId);
  const [editing, setEditing] = useState(false);
  const earlier = q.data?.versions.slice(1) ?? [];
  return (
    <Stack gap="sm" component="section" aria-labelledby="plan-heading">
      <Title order={2} size="h3" id="plan-heading">
        {t('difficultyCases.plan.title')}
      </Title>
      {q.error ? (
        <QueryError error={q.error} onRetry={() => void q.refetch()} />
      ) : !q.data ? null : (
        <>
          {q.data.current ? (
            <PlanView plan={q.data.current} />
          ) : (
            <Text size="sm">{t('difficultyCases.plan.none')}</Text>
          )}
          {earlier.length > 0 && (
            <Accordion variant="separated">
              <Accordion.Item value="earlier">
                <Accordion.Control>{t('difficultyCases.plan.earlier', { count: earlier.length })}</Accordion.Control>
                <Accordion.Panel>
                  <Stack gap="lg">
                    {earlier.map((v) => (
                      <PlanView key={v.id} plan={v} />
                    ))}
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            </Accordion>
          )}
          {mayWrite &&
            (editing ? (
              <PlanForm caseId={caseId} current={q.data.current} onDone={() => setEditing(false)} />
            ) : (
              <Button
                variant="light"
                onClick={() => setEditing(true)}
                style={{ alignSelf: 'flex-start' }}
                data-testid="plan-edit"
              >
                {q.data.current ? t('difficultyCases.plan.write') : t('difficultyCases.plan.writeFirst')}
              </Button>
            ))}
        </>
      )}
    </Stack>
  );
}
