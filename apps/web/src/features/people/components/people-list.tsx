import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Pagination,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { ROLES, type PersonListItem, type Role } from '@portal/contracts';
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Fact, Facts } from '@/components/ui/facts';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/auth/use-session';
import { formatDateTimeAsDate } from '@/lib/format';
import { usePeople, type PeopleParams } from '../api/get-people';
import { useUnitOptions } from './unit-options';

const PAGE_SIZE = '25';
type SortKey = 'name' | 'email' | 'created';

/** The list's state lives in the URL: a link or reload shows the same page. */
function useListParams() {
  const [sp, setSp] = useSearchParams();
  const params: PeopleParams = {
    q: sp.get('q') ?? undefined,
    role: sp.get('role') ?? undefined,
    unitId: sp.get('unitId') ?? undefined,
    status: sp.get('status') ?? undefined,
    sort: sp.get('sort') ?? undefined,
    dir: sp.get('dir') ?? undefined,
    page: sp.get('page') ?? undefined,
    pageSize: PAGE_SIZE,
  };
  const update = (changes: Partial<Record<keyof PeopleParams, string | undefined>>, resetPage = true) => {
    const next = new URLSearchParams(sp);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, v);
    }
    if (resetPage && !('page' in changes)) next.delete('page');
    setSp(next, { replace: true });
  };
  return { params, update };
}

function RolesCell({ person }: { person: PersonListItem }) {
  const { t } = useTranslation();
  if (person.roles.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('people.list.noRoles')}
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      {person.roles.map((r, i) => (
        <Text size="sm" key={`${r.role}-${r.unit?.id ?? 'tenant'}-${i}`}>
          {t(`rolesShort.${r.role}`)}
          {r.unit ? ` · ${r.unit.name}` : ''}
        </Text>
      ))}
    </Stack>
  );
}

const column = createColumnHelper<PersonListItem>();

export function PeopleList() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { params, update } = useListParams();
  const [search, setSearch] = useState(params.q ?? '');
  const [debounced] = useDebouncedValue(search, 300);
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const unitOptions = useUnitOptions();
  const people = usePeople(params);
  const [sp] = useSearchParams();
  const assignRole = sp.get('assignRole');
  const assignUnit = sp.get('assignUnit');
  const assign = assignRole && assignUnit ? { assignRole, assignUnit } : undefined;
  const assignUnitName = unitOptions.find((u) => u.value === assignUnit)?.label;
  const sort = (params.sort ?? 'name') as SortKey;
  const dir = params.dir === 'desc' ? 'desc' : 'asc';

  useEffect(() => {
    if ((params.q ?? '') !== debounced.trim()) update({ q: debounced.trim() || undefined });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the debounced text drives this
  }, [debounced]);

  const columns = useMemo(
    () => [
      column.accessor('name', {
        id: 'name',
        header: () => t('people.list.name'),
        cell: (c) => (
          <Anchor component={Link} to={paths.person.getHref(c.row.original.id, assign)} fw={500}>
            {c.getValue()}
          </Anchor>
        ),
      }),
      column.accessor('email', { id: 'email', header: () => t('people.list.email') }),
      column.display({
        id: 'roles',
        header: () => t('people.list.roles'),
        cell: (c) => <RolesCell person={c.row.original} />,
      }),
      column.accessor('createdAt', {
        id: 'created',
        header: () => t('people.list.created'),
        cell: (c) => (
          <>
            {formatDateTimeAsDate(c.getValue())}
            {!c.row.original.active && (
              <Badge ml="xs" color="gray.7" variant="filled">
                {t('people.list.deactivated')}
              </Badge>
            )}
          </>
        ),
      }),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- assign is derived from the URL
    [t, assignRole, assignUnit],
  );

  const table = useReactTable({
    data: people.data?.items ?? [],
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
  });

  const toggleSort = (key: SortKey) => {
    const nextDir = sort === key ? (dir === 'asc' ? 'desc' : 'asc') : key === 'created' ? 'desc' : 'asc';
    update({ sort: key === 'name' ? undefined : key, dir: nextDir === 'asc' ? undefined : nextDir });
  };

  const total = people.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / Number(PAGE_SIZE)));
  const page = Number(params.page ?? '1');
  const sortName = t(`people.list.${sort === 'created' ? 'created' : sort}`);
  const sortValue = `${sort}:${dir}`;

  return (
    <Stack gap="lg" data-testid="people-list-page">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1}>{t('people.list.heading')}</Title>
          <Text c="dimmed">{t('people.list.intro')}</Text>
        </div>
        {can('people:manage') && (
          <Button component={Link} to={paths.personNew.getHref()}>
            {t('people.list.create')}
          </Button>
        )}
      </Group>

      {assign && (
        <Alert color="blue" variant="light" data-testid="assign-hint">
          {t('people.list.assignHint', { role: t(`rolesShort.${assignRole as Role}`), unit: assignUnitName ?? '' })}
        </Alert>
      )}
      <Paper withBorder p="md" radius="md" component="section" aria-label={t('people.list.search')}>
        <Group gap="md" align="flex-end" wrap="wrap">
          <TextInput
            label={t('people.list.search')}
            placeholder={t('people.list.searchPlaceholder')}
            type="search"
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            style={{ flex: '1 1 14rem' }}
            data-testid="people-search"
          />
          <NativeSelect
            label={t('people.list.role')}
            value={params.role ?? ''}
            onChange={(e) => update({ role: e.currentTarget.value || undefined })}
            data={[
              { value: '', label: t('people.list.anyRole') },
              ...ROLES.filter((r) => r !== 'PLATFORM_ADMIN').map((r) => ({ value: r, label: t(`rolesShort.${r}`) })),
            ]}
            style={{ flex: '1 1 10rem' }}
          />
          <NativeSelect
            label={t('people.list.unit')}
            value={params.unitId ?? ''}
            onChange={(e) => update({ unitId: e.currentTarget.value || undefined })}
            data={[
              { value: '', label: t('people.list.anyUnit') },
              ...unitOptions.map((u) => ({ value: u.value, label: u.label })),
            ]}
            style={{ flex: '1 1 12rem' }}
          />
          <NativeSelect
            label={t('people.list.status')}
            value={params.status ?? 'active'}
            onChange={(e) => update({ status: e.currentTarget.value === 'active' ? undefined : e.currentTarget.value })}
            data={[
              { value: 'active', label: t('people.list.statusActive') },
              { value: 'deactivated', label: t('people.list.statusDeactivated') },
              { value: 'all', label: t('people.list.statusAll') },
            ]}
            style={{ flex: '1 1 8rem' }}
            data-testid="people-status"
          />
          {!wide && (
            <NativeSelect
              label={t('people.list.sortLabel')}
              value={sortValue}
              onChange={(e) => {
                const [s, d] = e.currentTarget.value.split(':');
                update({ sort: s === 'name' ? undefined : s, dir: d === 'asc' ? undefined : d });
              }}
              data={[
                { value: 'name:asc', label: t('people.list.sortName') },
                { value: 'name:desc', label: t('people.list.sortNameDesc') },
                { value: 'email:asc', label: t('people.list.sortEmail') },
                { value: 'created:desc', label: t('people.list.sortCreatedDesc') },
                { value: 'created:asc', label: t('people.list.sortCreated') },
              ]}
              style={{ flex: '1 1 10rem' }}
            />
          )}
        </Group>
      </Paper>

      {people.isPending && <PageLoader />}
      {people.isError && <QueryError error={people.error} onRetry={() => void people.refetch()} />}
      {people.data && (
        <Text role="status" aria-live="polite" data-testid="people-count">
          {t('people.list.count', { count: total })}
        </Text>
      )}
      {people.data?.items.length === 0 && <Text>{t('people.list.empty')}</Text>}

      {people.data && people.data.items.length > 0 && wide && (
        <Table striped highlightOnHover verticalSpacing="sm" data-testid="people-table">
          <Table.Caption className="visually-hidden">{t('people.list.caption', { sort: sortName })}</Table.Caption>
          <Table.Thead>
            {table.getHeaderGroups().map((hg) => (
              <Table.Tr key={hg.id}>
                {hg.headers.map((h) => {
                  const sortable = h.column.id !== 'roles';
                  const active = sort === h.column.id;
                  const label = flexRender(h.column.columnDef.header, h.getContext());
                  return (
                    <Table.Th
                      key={h.id}
                      scope="col"
                      aria-sort={
                        sortable ? (active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none') : undefined
                      }
                    >
                      {sortable ? (
                        <UnstyledButton
                          onClick={() => toggleSort(h.column.id as SortKey)}
                          fw={700}
                          className="sort-button"
                          data-testid={`sort-${h.column.id}`}
                        >
                          {label} <span aria-hidden="true">{active ? (dir === 'asc' ? '▲' : '▼') : '↕'}</span>
                        </UnstyledButton>
                      ) : (
                        label
                      )}
                    </Table.Th>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Thead>
          <Table.Tbody>
            {table.getRowModel().rows.map((row) => (
              <Table.Tr key={row.id} data-testid="person-row">
                {row.getVisibleCells().map((cell) => (
                  <Table.Td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      {people.data && people.data.items.length > 0 && !wide && (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {people.data.items.map((p) => (
            <Paper component="li" withBorder p="sm" radius="md" key={p.id} data-testid="person-row">
              <Anchor component={Link} to={paths.person.getHref(p.id, assign)} fw={600}>
                {p.name}
              </Anchor>
              {!p.active && (
                <Badge ml="xs" color="gray.7" variant="filled">
                  {t('people.list.deactivated')}
                </Badge>
              )}
              <Facts>
                <Fact label={t('people.list.email')}>
                  <span style={{ overflowWrap: 'anywhere' }}>{p.email}</span>
                </Fact>
                <Fact label={t('people.list.roles')}>
                  <RolesCell person={p} />
                </Fact>
              </Facts>
            </Paper>
          ))}
        </Stack>
      )}

      {pages > 1 && (
        <nav aria-label={t('people.list.pagination')}>
          <Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={(p) => update({ page: p === 1 ? undefined : String(p) }, false)}
            siblings={wide ? 1 : 0}
            boundaries={1}
            getControlProps={(control) => ({
              'aria-label': t(`people.pager.${control}`),
            })}
            getItemProps={(p) => ({ 'aria-label': t('people.pager.page', { page: p }) })}
          />
        </nav>
      )}
    </Stack>
  );
}
