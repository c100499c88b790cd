import { Anchor, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { BODY_KINDS, bodyKindSchema, type BodyListQuery, type BodySummary } from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Fact, Facts } from '@/components/ui/facts';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/auth/use-session';
import { useEducationBodies } from '../api/get-education-bodies';
import { useOrgUnits } from '../api/get-org-units';
import { formatShortDate } from '../format';
import { BodyStatusBadge } from './body-status-badge';

function StatusText({ body }: { body: BodySummary }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} align="flex-start">
      <BodyStatusBadge status={body.status} />
      <Text size="sm">
        {body.status.overdueSince
          ? t('bodies.list.overdueSince', { date: formatShortDate(body.status.overdueSince) })
          : t('bodies.list.dueBy', { date: formatShortDate(body.status.dueBy) })}
      </Text>
    </Stack>
  );
}

function BodyName({ body }: { body: BodySummary }) {
  const { t } = useTranslation();
  return (
    <>
      <Anchor component={Link} to={paths.educationBody.getHref(body.id)} fw={600}>
        {body.name}
      </Anchor>
      <Text size="sm" c="dimmed">
        {t(`bodies.kinds.${body.kind}`)}
      </Text>
    </>
  );
}

/** The bodies the user may see, with working/overdue badges and filters (kept in the URL). */
export function BodiesList() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const kind = bodyKindSchema.safeParse(params.get('kind')).data;
  const overdueParam = params.get('overdue');
  const query: BodyListQuery = {
    ...(params.get('unitId') ? { unitId: params.get('unitId')! } : {}),
    ...(kind ? { kind } : {}),
    ...(overdueParam === 'true' || overdueParam === 'false' ? { overdue: overdueParam } : {}),
  };
  const bodies = useEducationBodies(query);
  const units = useOrgUnits();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const items = bodies.data ?? [];
  const last = (v: string | null) => (v ? formatShortDate(v) : t('bodies.list.none'));

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1}>{t('bodies.title')}</Title>
          <Text mt={4}>{t('bodies.intro')}</Text>
        </div>
        {can('education-bodies:manage') && (
          <Button component={Link} to={paths.educationBodyNew.getHref()} data-testid="create-body">
            {t('bodies.list.create')}
          </Button>
        )}
      </Group>

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="body-filters">
        <Title order={2} size="h4" id="body-filters" mb="sm">
          {t('bodies.list.filters')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t('bodies.list.unit')}
            value={query.unitId ?? ''}
            onChange={(e) => setParam('unitId', e.currentTarget.value)}
            data={[
              { value: '', label: t('bodies.list.allUnits') },
              ...(units.data ?? []).map((u) => ({ value: u.id, label: u.name })),
            ]}
          />
          <NativeSelect
            label={t('bodies.list.kind')}
            value={query.kind ?? ''}
            onChange={(e) => setParam('kind', e.currentTarget.value)}
            data={[
              { value: '', label: t('bodies.list.allKinds') },
              ...BODY_KINDS.map((k) => ({ value: k, label: t(`bodies.kinds.${k}`) })),
            ]}
          />
          <NativeSelect
            label={t('bodies.list.overdue')}
            value={query.overdue ?? ''}
            onChange={(e) => setParam('overdue', e.currentTarget.value)}
            data={[
              { value: '', label: t('bodies.list.overdueAll') },
              { value: 'true', label: t('bodies.list.overdueOnly') },
              { value: 'false', label: t('bodies.list.notOverdue') },
            ]}
          />
        </SimpleGrid>
      </Paper>

      {bodies.isPending && <PageLoader />}
      {bodies.isError && <QueryError error={bodies.error} onRetry={() => void bodies.refetch()} />}
      {bodies.data && (
        <Text role="status" size="sm" c="dimmed">
          {t('bodies.list.count', { count: items.length })}
        </Text>
      )}
      {bodies.data && items.length === 0 && <Text>{t('bodies.list.empty')}</Text>}
      {items.length > 0 && wide && (
        <Table striped verticalSpacing="sm" data-testid="bodies-table">
          <Table.Caption className="visually-hidden">{t('bodies.list.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('bodies.list.name')}</Table.Th>
              <Table.Th scope="col">{t('bodies.list.unit')}</Table.Th>
              <Table.Th scope="col">{t('bodies.list.status')}</Table.Th>
              <Table.Th scope="col">{t('bodies.list.lastHeld')}</Table.Th>
              <Table.Th scope="col">{t('bodies.list.nextPlanned')}</Table.Th>
              <Table.Th scope="col" style={{ overflowWrap: 'normal' }}>
                {t('bodies.list.members')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((b) => (
              <Table.Tr key={b.id} data-testid="body-row">
                <Table.Th scope="row" fw={400}>
                  <BodyName body={b} />
                </Table.Th>
                <Table.Td>{b.unit.name}</Table.Td>
                <Table.Td>
                  <StatusText body={b} />
                </Table.Td>
                <Table.Td>{last(b.status.lastHeldAt)}</Table.Td>
                <Table.Td>{last(b.status.nextPlannedAt)}</Table.Td>
                <Table.Td>{b.memberCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {items.length > 0 && !wide && (
        <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((b) => (
            <Paper component="li" key={b.id} withBorder p="sm" radius="md" data-testid="body-row">
              <BodyName body={b} />
              <Facts>
                <Fact label={t('bodies.list.unit')}>{b.unit.name}</Fact>
                <Fact label={t('bodies.list.status')}>
                  <StatusText body={b} />
                </Fact>
                <Fact label={t('bodies.list.lastHeld')}>{last(b.status.lastHeldAt)}</Fact>
                <Fact label={t('bodies.list.nextPlanned')}>{last(b.status.nextPlannedAt)}</Fact>
                <Fact label={t('bodies.list.members')}>{b.memberCount}</Fact>
              </Facts>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
