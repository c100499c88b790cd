import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import {
  PLAN_REASONS,
  savePlanSchema,
  type EducationPlan,
  type PlanGoal,
  type PlanReason,
  type PlanVersion,
} from '@portal/contracts';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { formatDate, formatDateTimeAsDate } from '@/lib/format';
import { useCourseCompetences } from '../api/get-course-competences';
import { useEducationPlan } from '../api/get-education-plan';
import { usePlanVersion } from '../api/get-plan-version';
import { usePlanVersions } from '../api/get-plan-versions';
import { useSaveEducationPlan } from '../api/save-education-plan';

function Goals({ goals }: { goals: PlanGoal[] }) {
  const { t } = useTranslation();
  return (
    <Stack component="ol" gap="xs" pl="md" m={0}>
      {goals.map((g) => (
        <li key={g.id}>
          <Text>{g.text}</Text>
          <Group gap={4} mt={2}>
            {g.dueDate && (
              <Text size="sm" c="dimmed" mr="xs">
                {t('competences.plan.due', { date: formatDate(g.dueDate) })}
              </Text>
            )}
            {g.competences.map((c) => (
              <Badge
                key={c.id}
                variant="light"
                color="indigo"
                c="indigo.9"
                radius="sm"
                title={c.title}
                style={{ textTransform: 'none' }}
              >
                {c.code}
              </Badge>
            ))}
          </Group>
        </li>
      ))}
    </Stack>
  );
}

function VersionMeta({ v }: { v: Omit<PlanVersion, 'goals'> }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed">
      {t('competences.plan.version', { version: v.version })} · {t(`competences.plan.reasons.${v.reason}`)} ·{' '}
      {t('competences.plan.savedBy', { name: v.createdBy.name, date: formatDateTimeAsDate(v.createdAt) })}
      {v.note ? ` · ${v.note}` : ''}
    </Text>
  );
}

interface FormValues {
  reason: PlanReason;
  note: string;
  goals: { text: string; competenceIds: string[]; dueDate: string }[];
}

function PlanForm({ courseId, plan, onDone }: { courseId: string; plan: EducationPlan; onDone: () => void }) {
  const { t } = useTranslation();
  const competences = useCourseCompetences(courseId);
  const save = useSaveEducationPlan();
  const [conflict, setConflict] = useState<boolean>(false);
  const [baseVersion] = useState(plan.current?.version ?? 0);
  const form = useForm<FormValues>({
    defaultValues: {
      reason: plan.current ? 'SUPERVISION' : 'EXPECTATION_MEETING',
      note: '',
      goals: plan.current?.goals.map((g) => ({
        text: g.text,
        competenceIds: g.competences.map((c) => c.id),
        dueDate: g.dueDate ?? '',
      })) ?? [{ text: '', competenceIds: [], dueDate: '' }],
    },
  });
  const goals = useFieldArray({ control: form.control, name: 'goals' });
  const options = (competences.data?.items ?? []).map((i) => ({
    value: i.competence.id,
    label: `${i.competence.code} ${i.competence.title}`,
  }));
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit((values) => {
    const body = {
      baseVersion,
      reason: values.reason,
      note: values.note.trim() === '' ? null : values.note,
      goals: values.goals.map((g) => ({ text: g.text, competenceIds: g.competenceIds, dueDate: g.dueDate || null })),
    };
    const parsed = savePlanSchema.safeParse(body);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [head, i, field] = issue.path;
        if (head === 'goals' && typeof i === 'number' && field === 'text')
          form.setError(`goals.${i}.text`, { message: t('competences.plan.errors.text') });
        else if (head === 'goals' && typeof i === 'number' && field === 'dueDate')
          form.setError(`goals.${i}.dueDate`, { message: issue.message });
        else if (head === 'goals') form.setError('goals', { message: t('competences.plan.errors.goals') });
        else if (head === 'note') form.setError('note', { message: issue.message });
      }
      return;
    }
    setConflict(false);
    save.mutate(
      { courseId, body: parsed.data },
      {
        onSuccess: onDone,
        onError: (e) => {
          if (isApiError(e, 'CONFLICT')) setConflict(true);
          if (isApiError(e, 'VALIDATION_FAILED'))
            for (const fe of e.problem.errors ?? []) {
              const m = /^body\.goals\.(\d+)\.competenceIds/.exec(fe.path);
              if (m)
                form.setError(`goals.${Number(m[1])}.competenceIds`, {
                  message: t('competences.plan.errors.competence'),
                });
            }
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate data-testid="plan-form">
      <Stack gap="sm">
        {goals.fields.map((f, i) => (
          <Paper key={f.id} withBorder p="sm" radius="md" component="fieldset" style={{ minWidth: 0 }}>
            <Text component="legend" fw={600} px={4}>
              {t('competences.plan.goal', { n: i + 1 })}
            </Text>
            <Stack gap="xs">
              <Textarea
                label={t('competences.plan.goalText')}
                autosize
                minRows={2}
                required
                {...form.register(`goals.${i}.text`)}
                error={errors.goals?.[i]?.text?.message}
              />
              <MultiSelect
                label={t('competences.plan.goalCompetences')}
                data={options}
                searchable
                value={form.watch(`goals.${i}.competenceIds`)}
                onChange={(v) => form.setValue(`goals.${i}.competenceIds`, v)}
                error={errors.goals?.[i]?.competenceIds?.message}
                comboboxProps={{ withinPortal: true }}
              />
              <TextInput
                type="date"
                label={t('competences.plan.goalDue')}
                {...form.register(`goals.${i}.dueDate`)}
                error={errors.goals?.[i]?.dueDate?.message}
              />
              <Group gap="xs">
                {i > 0 && (
                  <Button size="compact-sm" variant="default" onClick={() => goals.move(i, i - 1)}>
                    <span aria-hidden>↑</span>
                    <span className="visually-hidden">{t('competences.plan.moveUp', { n: i + 1 })}</span>
                  </Button>
                )}
                {goals.fields.length > 1 && (
                  <ActionIcon
                    variant="default"
                    size="md"
                    onClick={() => goals.remove(i)}
                    aria-label={t('competences.plan.removeGoal', { n: i + 1 })}
                  >
                    <span aria-hidden>✕</span>
                  </ActionIcon>
                )}
              </Group>
            </Stack>
          </Paper>
        ))}
        {errors.goals?.message && (
          <Text c="red.8" size="sm" role="alert">
            {errors.goals.message}
          </Text>
        )}
        <Button
          variant="default"
          onClick={() => goals.append({ text: '', competenceIds: [], dueDate: '' })}
          style={{ alignSelf: 'flex-start' }}
          disabled={goals.fields.length >= 50}
        >
          {t('competences.plan.addGoal')}
        </Button>
        <NativeSelect
          label={t('competences.plan.reason')}
          data={PLAN_REASONS.map((r) => ({ value: r, label: t(`competences.plan.reasons.${r}`) }))}
          {...form.register('reason')}
        />
        <Textarea
          label={t('competences.plan.note')}
          autosize
          minRows={1}
          {...form.register('note')}
          error={errors.note?.message}
        />
        {conflict && (
          <Alert color="orange" variant="light" role="alert" data-testid="plan-conflict">
            <Text size="sm">{t('competences.plan.conflict', { version: plan.current?.version ?? 0 })}</Text>
            <Button size="compact-sm" mt="xs" variant="outline" onClick={onDone}>
              {t('competences.plan.reload')}
            </Button>
          </Alert>
        )}
        {save.error && !conflict && !isApiError(save.error, 'VALIDATION_FAILED') && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(save.error, t)}
          </Alert>
        )}
        <Group gap="xs">
          <Button type="submit" loading={save.isPending} data-testid="plan-save">
            {t('competences.plan.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('competences.plan.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function VersionDetail({ courseId, version }: { courseId: string; version: number }) {
  const { t } = useTranslation();
  const q = usePlanVersion(courseId, version);
  if (q.isPending) return <PageLoader />;
  if (q.error) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  const { diff } = q.data;
  const list = (title: string, items: string[], testId: string) =>
    items.length > 0 && (
      <div data-testid={testId}>
        <Text fw={600} size="sm">
          {title}
        </Text>
        <Stack component="ul" gap={2} m={0} pl="md">
          {items.map((x) => (
            <li key={x}>
              <Text size="sm">{x}</Text>
            </li>
          ))}
        </Stack>
      </div>
    );
  const describe = (s: { dueDate: string | null; competences: { code: string }[] }) =>
    `${s.dueDate ? formatDate(s.dueDate) : t('competences.plan.noDue')}; ${s.competences.map((c) => c.code).join(', ') || '–'}`;
  return (
    <Stack gap="xs" mt="xs" data-testid={`plan-version-${version}`}>
      <Goals goals={q.data.version.goals} />
      <Text fw={600} size="sm" mt="xs">
        {diff.previousVersion === null
          ? t('competences.plan.firstVersion')
          : t('competences.plan.changes', { version: diff.previousVersion })}
      </Text>
      {diff.previousVersion !== null && (
        <>
          {list(t('competences.plan.added'), diff.added, 'diff-added')}
          {list(t('competences.plan.removed'), diff.removed, 'diff-removed')}
          {list(
            t('competences.plan.changed'),
            diff.changed.map((c) => `${c.text}: ${describe(c.before)} → ${describe(c.after)}`),
            'diff-changed',
          )}
          {diff.added.length + diff.removed.length + diff.changed.length === 0 && (
            <Text size="sm">{t('competences.plan.noChanges')}</Text>
          )}
        </>
      )}
    </Stack>
  );
}

function Versions({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState<number | null>(null);
  const q = usePlanVersions(courseId, open);
  return (
    <div>
      <Button
        variant="subtle"
        px={0}
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        aria-controls={`plan-versions-${courseId}`}
        data-testid="plan-history-toggle"
      >
        {open ? '▾' : '▸'} {t('competences.plan.history')}
      </Button>
      {open && (
        <div id={`plan-versions-${courseId}`}>
          {q.isPending && <PageLoader />}
          {q.error && <QueryError error={q.error} onRetry={() => void q.refetch()} />}
          {q.data && (
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} data-testid="plan-versions">
              {q.data.map((v) => (
                <Paper component="li" key={v.version} withBorder p="xs" radius="sm">
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <div style={{ minWidth: 0 }}>
                      <VersionMeta v={v} />
                      <Text size="sm">{t('competences.plan.goalsCount', { count: v.goalCount })}</Text>
                    </div>
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => setShown(shown === v.version ? null : v.version)}
                      aria-expanded={shown === v.version}
                    >
                      {shown === v.version
                        ? t('competences.plan.hide')
                        : t('competences.plan.show', { version: v.version })}
                    </Button>
                  </Group>
                  {shown === v.version && <VersionDetail courseId={courseId} version={v.version} />}
                </Paper>
              ))}
            </Stack>
          )}
        </div>
      )}
    </div>
  );
}

/** The course's education plan: the current goals, editing (a new version) and the history. */
export function EducationPlanSection({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const q = useEducationPlan(courseId);
  const [editing, setEditing] = useState(false);
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="plan-heading"
      data-testid="education-plan"
    >
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h3" id="plan-heading">
          {t('competences.plan.heading')}
        </Title>
        {q.data?.canEdit && !editing && (
          <Button size="compact-md" onClick={() => setEditing(true)} data-testid="plan-edit">
            {q.data.current ? t('competences.plan.edit') : t('competences.plan.create')}
          </Button>
        )}
      </Group>
      {q.isPending && <PageLoader />}
      {q.error && <QueryError error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && editing && (
        <PlanForm
          key={q.data.current?.version ?? 0}
          courseId={courseId}
          plan={q.data}
          onDone={() => {
            setEditing(false);
            void q.refetch();
          }}
        />
      )}
      {q.data && !editing && (
        <Stack gap="sm">
          {q.data.current ? (
            <>
              <VersionMeta v={q.data.current} />
              <Goals goals={q.data.current.goals} />
            </>
          ) : (
            <Text>{t('competences.plan.empty')}</Text>
          )}
          <Versions courseId={courseId} />
        </Stack>
      )}
    </Paper>
  );
}
