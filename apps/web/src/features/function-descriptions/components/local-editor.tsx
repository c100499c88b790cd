import { Alert, Button, Group, List, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { saveLocalSchema, todayInDenmark, type LocalDescription, type LocalRole } from '@portal/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { formatDateTimeAsDate } from '@/lib/format';
import { getLocal, useLocal } from '../api/get-local';
import { useLocalAction, type LocalAction } from '../api/local-actions';
import { StatusBadge } from './status-badge';

interface Conflict {
  mine: string;
  current: LocalDescription;
}

function Template({ d }: { d: LocalDescription }) {
  const { t } = useTranslation();
  if (!d.template) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="tpl-heading">
      <Title order={2} size="h4" id="tpl-heading">
        {t('functionDescriptions.local.generic', { title: d.template.title, number: d.template.number })}
      </Title>
      <Text mt="xs">{d.template.content.purpose}</Text>
      {d.template.content.areas.map((a) => (
        <div key={a.title}>
          <Title order={3} size="h5" mt="sm">
            {a.title}
          </Title>
          <List size="sm">
            {a.tasks.map((task) => (
              <List.Item key={task}>{task}</List.Item>
            ))}
          </List>
        </div>
      ))}
    </Paper>
  );
}

/** The locally agreed functions of one unit and role: edit (UAO), submit, two sign-offs, implemented. */
export function LocalEditor({ unitId, role }: { unitId: string; role: LocalRole }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const local = useLocal(unitId, role);
  const action = useLocalAction(unitId, role);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const form = useForm<{ text: string; version: number }>({
    resolver: zodResolver(saveLocalSchema),
    values: local.data ? { text: local.data.text, version: local.data.version } : { text: '', version: 0 },
  });

  if (local.isPending) return <PageLoader />;
  if (local.isError) return <QueryError error={local.error} onRetry={() => void local.refetch()} />;
  const d = local.data;

  const run = (a: LocalAction) =>
    action.mutate(a, {
      onError: async (err) => {
        if (isApiError(err, 'CONFLICT') && a.kind === 'save') {
          const current = await getLocal(unitId, role);
          setConflict({ mine: a.text, current });
          qc.setQueryData(['function-descriptions', 'local', unitId, role], current);
        }
      },
      onSuccess: () => setConflict(null),
    });

  return (
    <Stack gap="lg">
      <Group gap="sm">
        <Text fw={600}>{t('functionDescriptions.local.statusLabel')}</Text>
        <span data-testid="local-status">
          <StatusBadge status={d.status} />
        </span>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Text size="sm">
          {t('functionDescriptions.local.uaoSignOff')}:{' '}
          {d.uaoSignOff
            ? `${d.uaoSignOff.by}, ${formatDateTimeAsDate(d.uaoSignOff.at)}`
            : t('functionDescriptions.local.notSigned')}
        </Text>
        <Text size="sm">
          {t('functionDescriptions.local.headSignOff')}:{' '}
          {d.headSignOff
            ? `${d.headSignOff.by}, ${formatDateTimeAsDate(d.headSignOff.at)}`
            : t('functionDescriptions.local.notSigned')}
        </Text>
      </SimpleGrid>

      {conflict && (
        <Alert
          color="orange"
          role="alert"
          title={t('functionDescriptions.local.conflictTitle')}
          styles={{ title: { color: 'var(--mantine-color-dark-9)' } }}
          data-testid="conflict"
        >
          <Text size="sm" mb="sm">
            {t('functionDescriptions.local.conflictBody', { by: conflict.current.updatedBy ?? '–' })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <div>
              <Text fw={600} size="sm">
                {t('functionDescriptions.local.currentText')}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {conflict.current.text}
              </Text>
            </div>
            <div>
              <Text fw={600} size="sm">
                {t('functionDescriptions.local.yourText')}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {conflict.mine}
              </Text>
            </div>
          </SimpleGrid>
        </Alert>
      )}

      {d.can.edit ? (
        <form onSubmit={form.handleSubmit((v) => run({ kind: 'save', text: v.text, version: d.version }))} noValidate>
          <Stack gap="sm">
            <Textarea
              label={t('functionDescriptions.local.textLabel')}
              description={
                d.status === 'SUBMITTED' || d.status === 'APPROVED' || d.status === 'IMPLEMENTED'
                  ? t('functionDescriptions.local.editResets')
                  : undefined
              }
              autosize
              minRows={6}
              {...form.register('text')}
              error={form.formState.errors.text ? t('functionDescriptions.local.textRequired') : undefined}
            />
            <Group>
              <Button type="submit" loading={action.isPending && action.variables?.kind === 'save'}>
                {t('functionDescriptions.local.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="xs">
            {t('functionDescriptions.local.textLabel')}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="local-text">
            {d.text || t('functionDescriptions.local.empty')}
          </Text>
        </Paper>
      )}

      <Group>
        {d.can.submit && (
          <Button variant="outline" onClick={() => run({ kind: 'submit', version: d.version })}>
            {t('functionDescriptions.local.submit')}
          </Button>
        )}
        {d.can.signAsUao && (
          <Button color="teal" onClick={() => run({ kind: 'sign', version: d.version, as: 'UAO' })}>
            {t('functionDescriptions.local.signUao')}
          </Button>
        )}
        {d.can.signAsHead && (
          <Button color="teal" onClick={() => run({ kind: 'sign', version: d.version, as: 'DEPARTMENT_HEAD' })}>
            {t('functionDescriptions.local.signHead')}
          </Button>
        )}
        {d.can.implement && (
          <Button
            variant="outline"
            onClick={() => run({ kind: 'implement', version: d.version, implementedOn: todayInDenmark() })}
          >
            {t('functionDescriptions.local.implement')}
          </Button>
        )}
      </Group>
      {action.isError && !conflict && (
        <Alert color="red" role="alert">
          {errorMessage(action.error, t)}
        </Alert>
      )}

      <Template d={d} />

      {d.history.length > 0 && (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="hist-heading">
          <Title order={2} size="h4" id="hist-heading" mb="xs">
            {t('functionDescriptions.local.history')}
          </Title>
          <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
            {d.history.map((h) => (
              <li key={h.revision}>
                <Text size="sm" fw={600}>
                  {t('functionDescriptions.local.revision', {
                    n: h.revision,
                    date: formatDateTimeAsDate(h.approvedAt),
                    uao: h.uaoSignedBy,
                    head: h.headSignedBy,
                  })}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {h.text}
                </Text>
              </li>
            ))}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
