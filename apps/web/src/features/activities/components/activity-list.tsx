import { Anchor, Badge, Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import {
  ACTIVITY_KINDS,
  ACTIVITY_STATES,
  type ActivityKind,
  type ActivityState,
  type ActivitySummary,
} from '@portal/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Fact, Facts } from '@/components/ui/facts';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useActivities, type ActivityFilter } from '../api/get-activities';
import { activityDates, STATE_COLORS } from './format';

function Seats({ a }: { a: ActivitySummary }) {
  const { t } = useTranslation();
  return (
    <>
      {a.capacity === null ? `${a.registeredCount}` : `${a.registeredCount} / ${a.capacity}`}
      {a.waitlistedCount > 0 && (
        <Text span size="sm" c="dimmed">
          {' '}
          (+{a.waitlistedCount} {t('activities.fields.waitlisted').toLowerCase()})
        </Text>
      )}
    </>
  );
}

/** The activities in scope with filters; a table where there is room, a list on phones. */
export function ActivityList() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<ActivityFilter>({});
  const activities = useActivities(filter);
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const items = activities.data ?? [];

  const set = (patch: Partial<ActivityFilter>) => setFilter((f) => ({ ...f, ...patch }));

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="activity-filter-heading">
        <Title order={2} size="h4" id="activity-filter-heading" mb="sm">
          {t('activities.filter.heading')}
        </Title>
        <Group gap="md" align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('activities.filter.kind')}
            value={filter.kind ?? ''}
            onChange={(e) => set({ kind: (e.currentTarget.value || undefined) as ActivityKind | undefined })}
            data={[
              { value: '', label: t('activities.filter.all') },
              ...ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`activities.kinds.${k}`) })),
            ]}
            data-testid="filter-kind"
          />
          <NativeSelect
            label={t('activities.filter.state')}
            value={filter.state ?? ''}
            onChange={(e) => set({ state: (e.currentTarget.value || undefined) as ActivityState | undefined })}
            data={[
              { value: '', label: t('activities.filter.all') },
              ...ACTIVITY_STATES.map((s) => ({ value: s, label: t(`activities.states.${s}`) })),
            ]}
            data-testid="filter-state"
          />
          <TextInput
            type="date"
            label={t('activities.filter.from')}
            value={filter.from ?? ''}
            onChange={(e) => set({ from: e.currentTarget.value || undefined })}
          />
          <TextInput
            type="date"
            label={t('activities.filter.to')}
            value={filter.to ?? ''}
            onChange={(e) => set({ to: e.currentTarget.value || undefined })}
          />
          <Button variant="default" onClick={() => setFilter({})}>
            {t('activities.filter.reset')}
          </Button>
        </Group>
      </Paper>

      {activities.isPending && <PageLoader />}
      {activities.isError && <QueryError error={activities.error} onRetry={() => void activities.refetch()} />}
      {activities.data && items.length === 0 && <Text>{t('activities.empty')}</Text>}

      {items.length > 0 && wide && (
        <Table striped highlightOnHover verticalSpacing="sm" data-testid="activity-table">
          <Table.Caption className="visually-hidden">{t('activities.listCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('activities.fields.title')}</Table.Th>
              <Table.Th scope="col">{t('activities.fields.kind')}</Table.Th>
              <Table.Th scope="col">{t('activities.fields.when')}</Table.Th>
              <Table.Th scope="col">{t('activities.fields.registered')}</Table.Th>
              <Table.Th scope="col">{t('activities.fields.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((a) => (
              <Table.Tr key={a.id} data-testid="activity-row">
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={paths.activity.getHref(a.id)}>
                    {a.title}
                  </Anchor>
                  {a.department && (
                    <Text size="sm" c="dimmed">
                      {a.department.name}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td>{t(`activities.kinds.${a.kind}`)}</Table.Td>
                <Table.Td>{activityDates(a)}</Table.Td>
                <Table.Td>
                  <Seats a={a} />
                </Table.Td>
                <Table.Td>
                  <Badge color={STATE_COLORS[a.state]} variant="filled">
                    {t(`activities.states.${a.state}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {items.length > 0 && !wide && (
        <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="activity-cards">
          {items.map((a) => (
            <Paper component="li" key={a.id} withBorder p="sm" radius="md" data-testid="activity-row">
              <Anchor component={Link} to={paths.activity.getHref(a.id)} fw={600}>
                {a.title}
              </Anchor>
              <Facts>
                <Fact label={t('activities.fields.kind')}>{t(`activities.kinds.${a.kind}`)}</Fact>
                <Fact label={t('activities.fields.when')}>{activityDates(a)}</Fact>
                {a.department && <Fact label={t('activities.fields.department')}>{a.department.name}</Fact>}
                <Fact label={t('activities.fields.registered')}>
                  <Seats a={a} />
                </Fact>
                <Fact label={t('activities.fields.state')}>{t(`activities.states.${a.state}`)}</Fact>
              </Facts>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
