import { ActionIcon, Alert, Anchor, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { todayInDenmark, type QuestionnaireDetail, type QuestionView, type RoundSummary } from '@portal/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ResponsiveTable, type Column } from '@/components/ui/responsive-table';
import { paths } from '@/config/paths';
import { useAddQuestion } from '../api/add-question';
import { useCreateRound } from '../api/create-round';
import { useReorderQuestions } from '../api/reorder-questions';
import { useRetireQuestion } from '../api/retire-question';
import { useUpdateQuestion } from '../api/update-question';
import { useUpdateQuestionnaire } from '../api/update-questionnaire';
import { QuestionForm } from './question-form';
import { QuestionnaireForm } from './questionnaire-form';
import { RoundForm } from './round-form';
import { formatDay, ServerError } from './shared';

/** Outline badges in dark shades: the light variants miss 4.5:1 at badge size. */
export const STATE_COLORS = { DRAFT: 'dark.6', OPEN: 'teal.9', CLOSED: 'blue.9' } as const;

function QuestionCard({
  q,
  d,
  index,
  count,
}: {
  q: QuestionView;
  d: QuestionnaireDetail;
  index: number;
  count: number;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const update = useUpdateQuestion();
  const retire = useRetireQuestion();
  const reorder = useReorderQuestions();
  const active = d.questions.filter((x) => !x.retiredAt);
  const move = (delta: number) => {
    const ids = d.questions.map((x) => x.id);
    const i = ids.indexOf(q.id);
    const j = i + delta;
    if (j < 0 || j >= ids.length) return;
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    reorder.mutate({ id: d.id, version: d.version, questionIds: ids });
  };
  if (editing)
    return (
      <Paper withBorder p="md">
        <QuestionForm
          initial={q}
          pending={update.isPending}
          error={update.error}
          onCancel={() => setEditing(false)}
          onSubmit={async (question) => {
            await update.mutateAsync({ id: d.id, questionId: q.id, version: d.version, question });
            setEditing(false);
          }}
        />
      </Paper>
    );
  return (
    <Paper withBorder p="md" data-testid="question-card" opacity={q.retiredAt ? 0.7 : 1}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600}>
            {index + 1}. {q.text}
          </Text>
          <Group gap={4} wrap="nowrap">
            <ActionIcon
              variant="subtle"
              aria-label={t('questionnaires.question.up', { n: index + 1 })}
              disabled={index === 0 || reorder.isPending}
              onClick={() => move(-1)}
            >
              ↑
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              aria-label={t('questionnaires.question.down', { n: index + 1 })}
              disabled={index === count - 1 || reorder.isPending}
              onClick={() => move(1)}
            >
              ↓
            </ActionIcon>
          </Group>
        </Group>
        <Group gap="xs">
          <Badge variant="light">{t(`questionnaires.kinds.${q.kind}`)}</Badge>
          {q.required && <Badge variant="outline">{t('questionnaires.question.requiredBadge')}</Badge>}
          {q.retiredAt && <Badge color="gray">{t('questionnaires.question.retired')}</Badge>}
        </Group>
        {q.kind === 'SCALE' && (
          <Text size="sm">
            {t('questionnaires.question.scaleSummary', {
              min: q.scaleMin,
              max: q.scaleMax,
              minLabel: q.scaleMinLabel ?? '',
              maxLabel: q.scaleMaxLabel ?? '',
            })}
          </Text>
        )}
        {q.kind === 'CHOICE' && (
          <List size="sm">
            {q.options.map((o, i) => (
              <List.Item key={i}>{o}</List.Item>
            ))}
          </List>
        )}
        {!q.retiredAt && (
          <Group gap="xs">
            {!d.questionsFrozen && (
              <Button size="xs" variant="default" onClick={() => setEditing(true)}>
                {t('questionnaires.question.edit')}
              </Button>
            )}
            {!d.hasOpenRound && active.length > 0 && (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                loading={retire.isPending}
                onClick={() => retire.mutate({ id: d.id, questionId: q.id, version: d.version })}
              >
                {t('questionnaires.question.retire')}
              </Button>
            )}
          </Group>
        )}
        <ServerError error={retire.error ?? reorder.error} />
      </Stack>
    </Paper>
  );
}

/** A questionnaire: its settings, questions (frozen once a round is sent) and rounds. */
export function QuestionnaireDetailView({ d }: { d: QuestionnaireDetail }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [newRound, setNewRound] = useState(false);
  const updateQ = useUpdateQuestionnaire();
  const add = useAddQuestion();
  const createRound = useCreateRound();
  const today = todayInDenmark();
  const roundColumns: Column<RoundSummary>[] = [
    {
      key: 'label',
      label: t('questionnaires.round.label'),
      value: (r) => (
        <Anchor component={Link} to={paths.questionnaireRound.getHref(d.id, r.id)}>
          {r.label}
        </Anchor>
      ),
    },
    {
      key: 'state',
      label: t('questionnaires.round.state'),
      value: (r) => (
        <Badge color={STATE_COLORS[r.state]} variant="outline">
          {t(`questionnaires.states.${r.state}`)}
        </Badge>
      ),
    },
    {
      key: 'period',
      label: t('questionnaires.round.period'),
      value: (r) => `${formatDay(r.opensOn, i18n.language)} – ${formatDay(r.closesOn, i18n.language)}`,
    },
  ];

  return (
    <Stack gap="xl">
      <section aria-labelledby="q-settings">
        <Title order={2} id="q-settings" size="h3" mb="sm">
          {t('questionnaires.detail.settings')}
        </Title>
        {editing ? (
          <Paper withBorder p="md">
            <QuestionnaireForm
              initial={d}
              locked={d.questionsFrozen}
              pending={updateQ.isPending}
              error={updateQ.error}
              onCancel={() => setEditing(false)}
              onSubmit={async (v) => {
                await updateQ.mutateAsync({ id: d.id, body: { ...v, version: d.version } });
                setEditing(false);
              }}
            />
          </Paper>
        ) : (
          <Stack gap={4}>
            {d.intro && <Text>{d.intro}</Text>}
            <Text size="sm">
              {d.owner?.name ?? t('questionnaires.regionWide')} · {t(`questionnaires.audiences.${d.audience}`)} ·{' '}
              {t(`questionnaires.schedules.${d.schedule}`)}
            </Text>
            <div>
              <Button size="xs" variant="default" mt="xs" onClick={() => setEditing(true)} data-testid="q-edit">
                {t('questionnaires.detail.edit')}
              </Button>
            </div>
          </Stack>
        )}
      </section>

      <section aria-labelledby="q-questions">
        <Title order={2} id="q-questions" size="h3" mb="sm">
          {t('questionnaires.detail.questions')}
        </Title>
        {d.questionsFrozen && (
          <Alert variant="light" color="blue" mb="sm">
            {t('questionnaires.detail.frozen')}
          </Alert>
        )}
        <Stack gap="sm">
          {d.questions.length === 0 && <Text c="dimmed">{t('questionnaires.detail.noQuestions')}</Text>}
          {d.questions.map((q, i) => (
            <QuestionCard key={q.id} q={q} d={d} index={i} count={d.questions.length} />
          ))}
          {d.hasOpenRound ? (
            <Text size="sm" c="dimmed">
              {t('questionnaires.detail.openRoundNoChanges')}
            </Text>
          ) : (
            <Paper withBorder p="md">
              <Title order={3} size="h4" mb="sm">
                {t('questionnaires.question.add')}
              </Title>
              <QuestionForm
                pending={add.isPending}
                error={add.error}
                onSubmit={(question) => add.mutateAsync({ id: d.id, version: d.version, question })}
              />
            </Paper>
          )}
        </Stack>
      </section>

      <section aria-labelledby="q-rounds">
        <Title order={2} id="q-rounds" size="h3" mb="sm">
          {t('questionnaires.detail.rounds')}
        </Title>
        <Stack gap="sm">
          <ResponsiveTable
            rows={d.rounds}
            columns={roundColumns}
            caption={t('questionnaires.detail.rounds')}
            testId="round-list"
            empty={t('questionnaires.detail.noRounds')}
          />
          {newRound ? (
            <Paper withBorder p="md">
              <Title order={3} size="h4" mb="sm">
                {t('questionnaires.round.new')}
              </Title>
              {d.nextRound && (
                <Text size="sm" mb="sm">
                  {t('questionnaires.round.suggested')}
                </Text>
              )}
              <RoundForm
                initial={d.nextRound ?? { label: '', opensOn: today, closesOn: today, reminderEveryDays: 7 }}
                pending={createRound.isPending}
                error={createRound.error}
                submitLabel={t('questionnaires.round.create')}
                onCancel={() => setNewRound(false)}
                onSubmit={async (body) => {
                  const r = await createRound.mutateAsync({ id: d.id, body });
                  void navigate(paths.questionnaireRound.getHref(d.id, r.id));
                }}
              />
            </Paper>
          ) : (
            <div>
              <Button
                onClick={() => setNewRound(true)}
                disabled={d.questions.every((q) => q.retiredAt)}
                data-testid="round-new"
              >
                {t('questionnaires.round.new')}
              </Button>
            </div>
          )}
        </Stack>
      </section>
    </Stack>
  );
}
