import { Button, Checkbox, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { HandoverSummary } from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { errorMessage } from '@/lib/error-message';
import { useCloseHandover } from '../api/close-handover';
import { useHandover } from '../api/get-handover';
import { useHandovers } from '../api/get-handovers';
import { useTickHandoverItem } from '../api/tick-handover-item';

function Checklist({ h }: { h: HandoverSummary }) {
  const { t } = useTranslation();
  const detail = useHandover(h.id);
  const tick = useTickHandoverItem(h.id);
  const close = useCloseHandover();
  if (detail.isPending) return <PageLoader />;
  if (detail.isError) return <QueryError error={detail.error} />;
  return (
    <Stack gap="xs">
      {detail.data.items.map((i) => (
        <Checkbox
          key={i.id}
          label={i.label}
          checked={i.done}
          disabled={!detail.data.canTick || tick.isPending}
          onChange={(e) => tick.mutate({ itemId: i.id, done: e.currentTarget.checked })}
        />
      ))}
      {(tick.isError || close.isError) && (
        <Text c="red.9" role="alert">
          {errorMessage(tick.error ?? close.error, t)}
        </Text>
      )}
      {detail.data.status === 'OPEN' && (
        <Button size="xs" variant="subtle" w="fit-content" loading={close.isPending} onClick={() => close.mutate(h.id)}>
          {t('functionDescriptions.handovers.close')}
        </Button>
      )}
    </Stack>
  );
}

/** Open handovers (overlevering) the user takes part in or oversees, with their checklists. */
export function HandoverList() {
  const { t } = useTranslation();
  const list = useHandovers('open');
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" component="section" aria-labelledby="handovers-heading">
      <Title order={2} size="h3" id="handovers-heading" mb="md">
        {t('functionDescriptions.handovers.heading')}
      </Title>
      {list.isPending && <PageLoader />}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data?.items.length === 0 && <Text>{t('functionDescriptions.handovers.none')}</Text>}
      <Stack gap="lg">
        {list.data?.items.map((h) => (
          <article key={h.id} aria-labelledby={`ho-${h.id}`} data-testid="handover">
            <Title order={3} size="h5" id={`ho-${h.id}`}>
              {t('functionDescriptions.handovers.title', {
                role: t(`functionDescriptions.roles.${h.role}`),
                unit: h.unit.name,
              })}
            </Title>
            <Text size="sm" mb="xs">
              {t('functionDescriptions.handovers.fromTo', {
                from: h.outgoing?.name ?? t('functionDescriptions.handovers.unknown'),
                to: h.incoming.name,
              })}
            </Text>
            <Progress
              value={(100 * h.itemsDone) / Math.max(1, h.itemsTotal)}
              aria-label={t('functionDescriptions.handovers.progress', { done: h.itemsDone, total: h.itemsTotal })}
              mb="xs"
            />
            <Checklist h={h} />
          </article>
        ))}
      </Stack>
    </Paper>
  );
}
