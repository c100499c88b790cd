import {
  Anchor,
  Badge,
  Group,
  NativeSelect,
  Pagination,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { ROLES, todayInDenmark, type AssignmentListItem } from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Fact, Facts } from '@/components/ui/facts';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import { useRoleAssignments } from '../api/get-role-assignments';
import { useUnitOptions } from './unit-options';

const PAGE_SIZE = 50;

function unitText(a: AssignmentListItem, wholeRegion: string): string {
  if (!a.unit) return wholeRegion;
  return a.parentUnit ? `${a.parentUnit.name} · ${a.unit.name}` : a.unit.name;
}

/** "Who holds which role where": assignments in force on a date, filtered by role and unit. */
export function RoleOverview() {
  const { t } = useTranslation();
  const [sp, setSp] = useSearchParams();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const units = useUnitOptions();
  const on = sp.get('on') ?? todayInDenmark();
  const params = {
    role: sp.get('role') ?? undefined,
    unitId: sp.get('unitId') ?? undefined,
    on,
    page: sp.get('page') ?? undefined,
    pageSize: String(PAGE_SIZE),
  };
  const list = useRoleAssignments(params);
  const set = (k: string, v: string | undefined, keepPage = false) => {
    const next = new URLSearchParams(sp);
    if (v) next.set(k, v);
    else next.delete(k);
    if (!keepPage) next.delete('page');
    setSp(next, { replace: true });
  };
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / PAGE_SIZE));
  const period = (a: AssignmentListItem) =>
    `${formatDate(a.validFrom)} – ${a.validTo ? formatDate(a.validTo) : t('people.assignments.noEnd')}`;
  const person = (a: AssignmentListItem) => (
    <>
      <Anchor component={Link} to={paths.person.getHref(a.person.id)}>
        {a.person.name}
      </Anchor>
      {!a.person.active && (
        <Badge ml="xs" color="gray.7" variant="filled">
          {t('people.list.deactivated')}
        </Badge>
      )}
    </>
  );

  return (
    <Stack gap="lg" data-testid="role-overview-page">
      <div>
        <Title order={1}>{t('people.roleOverview.heading')}</Title>
        <Text c="dimmed">{t('people.roleOverview.intro')}</Text>
        <Anchor component={Link} to={paths.coverageGaps.getHref()} size="sm">
          {t('people.roleOverview.gapsLink')}
        </Anchor>
      </div>
      <Paper withBorder p="md" radius="md">
        <Group gap="md" align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('people.list.role')}
            value={params.role ?? ''}
            onChange={(e) => set('role', e.currentTarget.value || undefined)}
            data={[
              { value: '', label: t('people.list.anyRole') },
              ...ROLES.filter((r) => r !== 'PLATFORM_ADMIN').map((r) => ({ value: r, label: t(`rolesShort.${r}`) })),
            ]}
            style={{ flex: '1 1 10rem' }}
            data-testid="overview-role"
          />
          <NativeSelect
            label={t('people.list.unit')}
            value={params.unitId ?? ''}
            onChange={(e) => set('unitId', e.currentTarget.value || undefined)}
            data={[
              { value: '', label: t('people.list.anyUnit') },
              ...units.map((u) => ({ value: u.value, label: u.label })),
            ]}
            style={{ flex: '1 1 12rem' }}
          />
          <TextInput
            label={t('people.roleOverview.on')}
            type="date"
            value={on}
            onChange={(e) => set('on', e.currentTarget.value || undefined)}
            style={{ flex: '1 1 10rem' }}
          />
        </Group>
      </Paper>
      {list.isPending && <PageLoader />}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (
        <Text role="status" aria-live="polite">
          {t('people.list.count', { count: list.data.total })}
        </Text>
      )}
      {list.data?.items.length === 0 && <Text>{t('people.roleOverview.empty')}</Text>}
      {list.data && list.data.items.length > 0 && wide && (
        <Table striped verticalSpacing="sm" data-testid="role-overview-table">
          <Table.Caption className="visually-hidden">
            {t('people.roleOverview.caption', { date: formatDate(list.data.on) })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('people.assignments.unit')}</Table.Th>
              <Table.Th scope="col">{t('people.assignments.role')}</Table.Th>
              <Table.Th scope="col">{t('people.roleOverview.person')}</Table.Th>
              <Table.Th scope="col">{t('people.assignments.period')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((a) => (
              <Table.Tr key={a.id} data-testid="overview-row">
                <Table.Td>{unitText(a, t('people.assignments.wholeRegion'))}</Table.Td>
                <Table.Td>{t(`rolesShort.${a.role}`)}</Table.Td>
                <Table.Td>{person(a)}</Table.Td>
                <Table.Td>{period(a)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {list.data && list.data.items.length > 0 && !wide && (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {list.data.items.map((a) => (
            <Paper component="li" withBorder p="sm" radius="md" key={a.id} data-testid="overview-row">
              <Text fw={600}>{t(`rolesShort.${a.role}`)}</Text>
              <Facts>
                <Fact label={t('people.assignments.unit')}>{unitText(a, t('people.assignments.wholeRegion'))}</Fact>
                <Fact label={t('people.roleOverview.person')}>{person(a)}</Fact>
                <Fact label={t('people.assignments.period')}>{period(a)}</Fact>
              </Facts>
            </Paper>
          ))}
        </Stack>
      )}
      {pages > 1 && (
        <nav aria-label={t('people.list.pagination')}>
          <Pagination
            total={pages}
            value={Number(params.page ?? '1')}
            onChange={(p) => set('page', p === 1 ? undefined : String(p), true)}
            siblings={wide ? 1 : 0}
            getControlProps={(control) => ({ 'aria-label': t(`people.pager.${control}`) })}
            getItemProps={(p) => ({ 'aria-label': t('people.pager.page', { page: p }) })}
          />
        </nav>
      )}
    </Stack>
  );
}
