import { BarChart } from '@mantine/charts';
import { Alert, Anchor, Badge, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { RoundStatus, RoundStatusGroup } from '@portal/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ResponsiveTable, type Column } from '@/components/ui/responsive-table';
import { paths } from '@/config/paths';
import { useCloseRound } from '../api/close-round';
import { useRemindRound } from '../api/remind-round';
import { useSendRound } from '../api/send-round';
import { useUpdateRound } from '../api/update-round';
import { STATE_COLORS } from './questionnaire-detail';
import { RoundForm } from './round-form';
import { formatDay, formatRate, ServerError } from './shared';

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="sm">{label}</Text>
      <Text fz={28} fw={700} data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

/** A round: send (draft), the live response rate (refreshed every 10 s), remind and close (open), results (closed). */
export function RoundView({ s }: { s: RoundStatus }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const qid = s.questionnaire.id;
  const rid = s.round.id;
  const send = useSendRound();
  const remind = useRemindRound();
  const close = useCloseRound();
  const update = useUpdateRound();
  const [confirm, setConfirm] = useState<'send' | 'close' | null>(null);
  const [editing, setEditing] = useState(false);
  const groupLabel = (g: RoundStatusGroup) =>
    g.other
      ? t('questionnaires.status.other')
      : `${g.unit?.name ?? ''} · ${t(`questionnaires.roleGroups.${g.roleGroup ?? 'TRAINEE'}`)}`;
  const columns: Column<RoundStatusGroup>[] = [
    { key: 'group', label: t('questionnaires.status.group'), value: groupLabel },
    { key: 'recipients', label: t('questionnaires.status.recipients'), value: (g) => g.recipients, align: 'right' },
    { key: 'answered', label: t('questionnaires.status.answered'), value: (g) => g.answered, align: 'right' },
    { key: 'rate', label: t('questionnaires.status.rate'), value: (g) => formatRate(g.rate, lang), align: 'right' },
  ];
  const chart = s.groups.map((g) => ({ group: groupLabel(g), rate: Math.round(g.rate * 100) }));
  const state = s.round.state;

  return (
    <Stack gap="lg">
      <Group gap="sm">
        <Badge color={STATE_COLORS[state]} variant="outline" size="lg" data-testid="round-state">
          {t(`questionnaires.states.${state}`)}
        </Badge>
        <Text>
          {formatDay(s.round.opensOn, lang)} – {formatDay(s.round.closesOn, lang)}
          {s.round.reminderEveryDays
            ? ` · ${t('questionnaires.round.remindsEvery', { n: s.round.reminderEveryDays })}`
            : ''}
        </Text>
      </Group>

      {state === 'DRAFT' && (
        <Stack gap="sm">
          {editing ? (
            <Paper withBorder p="md">
              <RoundForm
                initial={{
                  label: s.round.label,
                  opensOn: s.round.opensOn,
                  closesOn: s.round.closesOn,
                  reminderEveryDays: s.round.reminderEveryDays,
                }}
                pending={update.isPending}
                error={update.error}
                submitLabel={t('questionnaires.save')}
                onCancel={() => setEditing(false)}
                onSubmit={async (body) => {
                  await update.mutateAsync({ id: qid, roundId: rid, body: { ...body, version: s.round.version } });
                  setEditing(false);
                }}
              />
            </Paper>
          ) : (
            <>
              <Text>{t('questionnaires.round.draftIntro')}</Text>
              <Group gap="sm">
                <Button onClick={() => setConfirm('send')} data-testid="round-send">
                  {t('questionnaires.round.send')}
                </Button>
                <Button variant="default" onClick={() => setEditing(true)}>
                  {t('questionnaires.round.edit')}
                </Button>
              </Group>
            </>
          )}
          <ServerError error={send.error} />
        </Stack>
      )}

      {state !== 'DRAFT' && (
        <section aria-labelledby="round-status">
          <Title order={2} size="h3" id="round-status" mb="sm">
            {t('questionnaires.status.heading')}
          </Title>
          <Stack gap="md">
            {state === 'OPEN' && (
              <Text size="sm" c="dimmed">
                {t('questionnaires.status.live')}
              </Text>
            )}
            <SimpleGrid cols={{ base: 1, xs: 3 }}>
              <Figure
                label={t('questionnaires.status.recipients')}
                value={String(s.recipients)}
                testId="status-recipients"
              />
              <Figure label={t('questionnaires.status.answered')} value={String(s.answered)} testId="status-answered" />
              <Figure label={t('questionnaires.status.rate')} value={formatRate(s.rate, lang)} testId="status-rate" />
            </SimpleGrid>
            {chart.length > 0 && (
              <BarChart
                h={Math.max(140, chart.length * 56)}
                data={chart}
                dataKey="group"
                orientation="vertical"
                yAxisProps={{ width: 150, tick: { fontSize: 11 } }}
                xAxisProps={{ domain: [0, 100] }}
                valueFormatter={(v) => `${v} %`}
                series={[{ name: 'rate', label: t('questionnaires.status.rate'), color: 'teal.7' }]}
                withTooltip={false}
                aria-hidden
              />
            )}
            <ResponsiveTable
              rows={s.groups}
              columns={columns}
              caption={t('questionnaires.status.caption')}
              testId="status-groups"
              empty={t('questionnaires.status.noGroups')}
            />
            <Text size="sm">{t('questionnaires.status.anonymity')}</Text>
            {state === 'OPEN' && (
              <Text size="sm" data-testid="status-reminders">
                {t('questionnaires.status.reminders', { n: s.remindersSent ?? 0 })}
                {s.lastReminderAt
                  ? ` · ${t('questionnaires.status.lastReminder', { date: formatDay(s.lastReminderAt, lang) })}`
                  : ''}
              </Text>
            )}
          </Stack>
        </section>
      )}

      {state === 'OPEN' && (
        <Stack gap="sm">
          <Group gap="sm">
            <Button
              variant="default"
              loading={remind.isPending}
              onClick={() => remind.mutate({ id: qid, roundId: rid })}
              data-testid="round-remind"
            >
              {t('questionnaires.round.remind')}
            </Button>
            <Button color="red" variant="outline" onClick={() => setConfirm('close')} data-testid="round-close">
              {t('questionnaires.round.close')}
            </Button>
          </Group>
          {remind.isSuccess && (
            <Alert color="teal" variant="light" role="status" data-testid="remind-done">
              {t('questionnaires.round.reminded', { n: remind.data.queued })}
            </Alert>
          )}
          <ServerError error={remind.error ?? close.error} />
        </Stack>
      )}

      {state === 'CLOSED' && (
        <Alert color="blue" variant="light" data-testid="round-closed">
          <Stack gap={4}>
            <Text size="sm">{t('questionnaires.round.closedIntro')}</Text>
            <Anchor component={Link} to={paths.questionnaireResults.getHref(qid, rid)} data-testid="round-results-link">
              {t('questionnaires.round.results')}
            </Anchor>
          </Stack>
        </Alert>
      )}

      <Modal
        opened={confirm !== null}
        onClose={() => setConfirm(null)}
        title={confirm === 'send' ? t('questionnaires.round.sendTitle') : t('questionnaires.round.closeTitle')}
      >
        <Stack gap="md">
          <Text size="sm">
            {confirm === 'send' ? t('questionnaires.round.sendConfirm') : t('questionnaires.round.closeConfirm')}
          </Text>
          <Group gap="sm">
            <Button
              data-testid="confirm-yes"
              color={confirm === 'close' ? 'red' : undefined}
              loading={send.isPending || close.isPending}
              onClick={() => {
                const v = { id: qid, roundId: rid, version: s.round.version };
                const done = { onSettled: () => setConfirm(null) };
                if (confirm === 'send') send.mutate(v, done);
                else close.mutate(v, done);
              }}
            >
              {confirm === 'send' ? t('questionnaires.round.send') : t('questionnaires.round.close')}
            </Button>
            <Button variant="default" onClick={() => setConfirm(null)}>
              {t('questionnaires.cancel')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
