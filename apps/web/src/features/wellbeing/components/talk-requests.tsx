import { Alert, Button, Card, Group, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { resolveTalkRequestSchema, todayInDenmark, type TalkRequest } from '@portal/contracts';
import { useState } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { formatDate, formatDateTimeAsDate } from '@/lib/format';
import { useTalkRequests } from '../api/get-talk-requests';
import { useResolveTalkRequest } from '../api/resolve-talk-request';
import { TalkStatus } from './my-defusings';

interface Values {
  heldOn: string;
  note: string;
}

function makeResolver(outcome: 'HELD' | 'DECLINED', version: number): Resolver<Values> {
  return (values) => {
    const r = resolveTalkRequestSchema.safeParse({
      outcome,
      heldOn: outcome === 'HELD' ? values.heldOn || null : null,
      note: values.note,
      version,
    });
    if (r.success) return { values, errors: {} };
    const errors: FieldErrors<Values> = {};
    for (const i of r.error.issues) {
      const f = i.path[0];
      if ((f === 'heldOn' || f === 'note') && !errors[f]) errors[f] = { type: i.code, message: i.message };
    }
    return { values: {}, errors };
  };
}

/** "Samtale holdt" (date) or "Afvist/videregivet" (note) for one request; a stale version says what changed. */
function ResolveForm({ r, outcome, onDone }: { r: TalkRequest; outcome: 'HELD' | 'DECLINED'; onDone: () => void }) {
  const { t } = useTranslation();
  const resolve = useResolveTalkRequest();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<Values>({
    resolver: makeResolver(outcome, r.version),
    defaultValues: { heldOn: todayInDenmark(), note: '' },
  });
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (v) => {
    setFailure(null);
    try {
      await resolve.mutateAsync({
        id: r.id,
        body: { outcome, heldOn: outcome === 'HELD' ? v.heldOn : null, note: v.note, version: r.version },
      });
      notifications.show({ color: 'green', message: t(`wellbeing.talks.saved.${outcome}`), autoClose: 5000 });
      onDone();
    } catch (error) {
      setFailure(error);
    }
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid={`resolve-${outcome}`}>
      <Stack gap="xs" mt="sm">
        {outcome === 'HELD' && (
          <TextInput
            type="date"
            label={t('wellbeing.talks.heldOn')}
            max={todayInDenmark()}
            error={errors.heldOn ? t('wellbeing.talks.heldOnRequired') : undefined}
            {...form.register('heldOn')}
            maw={220}
          />
        )}
        <Textarea
          label={outcome === 'HELD' ? t('wellbeing.talks.noteOptional') : t('wellbeing.talks.noteDeclined')}
          autosize
          minRows={2}
          maxLength={1000}
          error={errors.note ? t('wellbeing.talks.noteRequired') : undefined}
          {...form.register('note')}
        />
        {failure !== null && (
          <Alert color="red" variant="light" role="alert">
            {failure instanceof ApiError && failure.code === 'CONFLICT'
              ? `${t('wellbeing.talks.conflict')} ${failure.problem.detail ?? ''}`
              : errorMessage(failure, t)}
          </Alert>
        )}
        <Group gap="xs">
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t(`wellbeing.talks.confirm.${outcome}`)}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('wellbeing.talks.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RequestCard({ r }: { r: TalkRequest }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'HELD' | 'DECLINED' | null>(null);
  return (
    <Card withBorder padding="md" radius="md" data-testid="talk-request" component="li">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text fw={600}>{r.trainee.name}</Text>
        <TalkStatus r={r} />
      </Group>
      <Text size="sm">{r.unit.name}</Text>
      <Text size="sm">
        {t('wellbeing.talks.asked', { date: formatDateTimeAsDate(r.createdAt) })}
        {r.shiftDate ? ` · ${t('wellbeing.talks.afterShift', { date: formatDate(r.shiftDate) })}` : ''}
      </Text>
      {r.message && (
        <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-line' }} data-testid="talk-message">
          “{r.message}”
        </Text>
      )}
      {r.resolutionNote && (
        <Text size="sm" mt="xs" c="dimmed">
          {r.resolutionNote}
        </Text>
      )}
      {r.state === 'OPEN' && open === null && (
        <Group gap="xs" mt="sm">
          <Button size="sm" onClick={() => setOpen('HELD')} data-testid="mark-held">
            {t('wellbeing.talks.markHeld')}
          </Button>
          <Button size="sm" variant="default" onClick={() => setOpen('DECLINED')} data-testid="mark-declined">
            {t('wellbeing.talks.markDeclined')}
          </Button>
        </Group>
      )}
      {open && <ResolveForm r={r} outcome={open} onDone={() => setOpen(null)} />}
    </Card>
  );
}

/** Requests for a follow-up talk addressed to me: trainee, date and message (never the answers). */
export function TalkRequestList() {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const q = useTalkRequests(all ? 'all' : 'open');
  return (
    <Stack gap="md">
      <Switch label={t('wellbeing.talks.showAll')} checked={all} onChange={(e) => setAll(e.currentTarget.checked)} />
      {q.isPending && <PageLoader />}
      {q.error && <QueryError error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && q.data.items.length === 0 && (
        <Text>{all ? t('wellbeing.talks.noneAll') : t('wellbeing.talks.none')}</Text>
      )}
      {q.data && q.data.items.length > 0 && (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="talk-requests">
          {q.data.items.map((r) => (
            <RequestCard key={r.id} r={r} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
