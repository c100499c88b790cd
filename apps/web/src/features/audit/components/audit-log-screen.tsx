import { Button, Center, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { AuditEvent } from '@portal/contracts';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Fact, Facts } from '@/components/ui/facts';
import { PageLoader } from '@/components/ui/page-loader';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/ui/query-error';
import { useSession } from '@/lib/auth/use-session';
import { useAuditEvents } from '../api/get-audit-events';
import { formatDanishDateTime } from '../lib/time';
import { AuditEventDrawer } from './audit-event-drawer';
import { AuditFiltersForm, EMPTY_FILTERS, toApiFilters, type FilterForm } from './audit-filters';
import { entityTypeLabel } from './entity-label';

const short = (id: string) => (id.length > 12 ? `${id.slice(0, 8)}…` : id);

/** The audit log for administrators: filters, newest first, more on demand, details in a drawer. */
export function AuditLogScreen() {
  const { t } = useTranslation();
  usePageTitle(t('audit.pageTitle'));
  const { inForceAssignments } = useSession();
  const regionWide = inForceAssignments.some((a) => a.role === 'TENANT_ADMIN');
  const [applied, setApplied] = useState<FilterForm>(EMPTY_FILTERS);
  const filters = useMemo(() => toApiFilters(applied), [applied]);
  const events = useAuditEvents(filters);
  const [selected, setSelected] = useState<AuditEvent | null>(null);
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const items = events.data?.pages.flatMap((p) => p.items) ?? [];

  const entity = (e: AuditEvent) =>
    e.entityType ? (
      <>
        {entityTypeLabel(e.entityType, t)}
        {e.entityId && (
          <>
            {' '}
            <code>{short(e.entityId)}</code>
          </>
        )}
      </>
    ) : (
      t('audit.none')
    );
  const details = (e: AuditEvent) => (
    <Button
      size="xs"
      variant="default"
      onClick={() => setSelected(e)}
      aria-label={t('audit.detailsFor', { id: e.id })}
      data-testid="audit-details"
    >
      {t('audit.details')}
    </Button>
  );

  return (
    <Stack gap="lg" maw={1200} data-testid="audit-log-page">
      <div>
        <Title order={1}>{t('audit.heading')}</Title>
        <Text mt={4}>{regionWide ? t('audit.introTenant') : t('audit.introScoped')}</Text>
      </div>
      <AuditFiltersForm applied={applied} onApply={setApplied} />
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-label={t('audit.caption')}>
        {events.isPending && <PageLoader />}
        {events.isError && <QueryError error={events.error} onRetry={() => void events.refetch()} />}
        <Text size="sm" c="dimmed" mb="sm" role="status" data-testid="audit-count">
          {events.data ? (items.length === 0 ? t('audit.empty') : t('audit.shown', { count: items.length })) : ''}
        </Text>
        {items.length > 0 && wide && (
          <Table striped verticalSpacing="xs" fz="sm" data-testid="audit-table">
            <Table.Caption className="visually-hidden">{t('audit.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('audit.columns.time')}</Table.Th>
                <Table.Th scope="col">{t('audit.columns.actor')}</Table.Th>
                <Table.Th scope="col">{t('audit.columns.action')}</Table.Th>
                <Table.Th scope="col">{t('audit.columns.entity')}</Table.Th>
                <Table.Th scope="col">{t('audit.columns.ip')}</Table.Th>
                <Table.Th scope="col">{t('audit.columns.requestId')}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('audit.columns.details')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((e) => (
                <Table.Tr key={e.id} data-testid="audit-row">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDanishDateTime(e.at)}</Table.Td>
                  <Table.Td>{e.actorName ?? t('audit.system')}</Table.Td>
                  <Table.Td>
                    <code>{e.action}</code>
                  </Table.Td>
                  <Table.Td>{entity(e)}</Table.Td>
                  <Table.Td>{e.ip ?? t('audit.none')}</Table.Td>
                  <Table.Td>{e.requestId ? <code>{short(e.requestId)}</code> : t('audit.none')}</Table.Td>
                  <Table.Td>{details(e)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {items.length > 0 && !wide && (
          <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((e) => (
              <li key={e.id} data-testid="audit-row" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
                <Text fw={600}>
                  <code>{e.action}</code>
                </Text>
                <Facts>
                  <Fact label={t('audit.columns.time')}>{formatDanishDateTime(e.at)}</Fact>
                  <Fact label={t('audit.columns.actor')}>{e.actorName ?? t('audit.system')}</Fact>
                  <Fact label={t('audit.columns.entity')}>{entity(e)}</Fact>
                  <Fact label={t('audit.columns.ip')}>{e.ip ?? t('audit.none')}</Fact>
                </Facts>
                <div style={{ paddingBottom: 'var(--mantine-spacing-sm)' }}>{details(e)}</div>
              </li>
            ))}
          </Stack>
        )}
        {events.hasNextPage && (
          <Center mt="md">
            <Button variant="default" onClick={() => void events.fetchNextPage()} loading={events.isFetchingNextPage}>
              {t('audit.more')}
            </Button>
          </Center>
        )}
      </Paper>
      <AuditEventDrawer event={selected} onClose={() => setSelected(null)} />
    </Stack>
  );
}
