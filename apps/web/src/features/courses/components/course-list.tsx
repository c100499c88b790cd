import {
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
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import {
  COURSE_STATES,
  COURSE_TRACKS,
  type CourseListItem,
  type CourseListQuery,
  type CourseState,
  type CourseTrack,
} from '@portal/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Fact, Facts } from '@/components/ui/facts';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useSession } from '@/lib/auth/use-session';
import { formatDate } from '@/lib/format';
import { useCourses } from '../api/get-courses';
import { useFormOptions } from '../api/get-form-options';
import { coursePeriod, STATE_COLORS } from './format';

const PAGE_SIZE = 25;

function StateBadge({ c }: { c: CourseListItem }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATE_COLORS[c.state]} variant="filled" data-testid="course-state">
      {t(`courses.states.${c.state}`)}
    </Badge>
  );
}

/** The courses the caller may see: filters, a table where there is room, a list on phones, pages. */
export function CourseList() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [filter, setFilter] = useState<Omit<CourseListQuery, 'q' | 'page' | 'pageSize'>>({ sort: '-start' });
  const [page, setPage] = useState(1);
  const options = useFormOptions(can('courses:manage'));
  const courses = useCourses({ ...filter, q: q || undefined, page, pageSize: PAGE_SIZE });
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const items = courses.data?.items ?? [];
  const total = courses.data?.total ?? 0;

  const set = (patch: Partial<typeof filter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage(1);
  };

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="course-filter-heading">
        <Title order={2} size="h4" id="course-filter-heading" mb="sm">
          {t('courses.filter.heading')}
        </Title>
        <Group gap="md" align="flex-end" wrap="wrap">
          <TextInput
            type="search"
            label={t('courses.filter.search')}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              setPage(1);
            }}
            data-testid="course-search"
            style={{ flex: '1 1 14rem' }}
          />
          {options.data && options.data.units.length > 1 && (
            <NativeSelect
              label={t('courses.filter.unit')}
              value={filter.unitId ?? ''}
              onChange={(e) => set({ unitId: e.currentTarget.value || undefined })}
              data={[
                { value: '', label: t('courses.filter.all') },
                ...options.data.units.map((u) => ({ value: u.id, label: u.name })),
              ]}
            />
          )}
          <NativeSelect
            label={t('courses.filter.track')}
            value={filter.track ?? ''}
            onChange={(e) => set({ track: (e.currentTarget.value || undefined) as CourseTrack | undefined })}
            data={[
              { value: '', label: t('courses.filter.all') },
              ...COURSE_TRACKS.map((k) => ({ value: k, label: t(`courses.tracks.${k}`) })),
            ]}
            data-testid="filter-track"
          />
          <NativeSelect
            label={t('courses.filter.state')}
            value={filter.state ?? ''}
            onChange={(e) => set({ state: (e.currentTarget.value || undefined) as CourseState | undefined })}
            data={[
              { value: '', label: t('courses.filter.allActive') },
              ...COURSE_STATES.map((s) => ({ value: s, label: t(`courses.states.${s}`) })),
            ]}
            data-testid="filter-state"
          />
          <NativeSelect
            label={t('courses.filter.sort')}
            value={filter.sort ?? '-start'}
            onChange={(e) => set({ sort: e.currentTarget.value as 'start' | '-start' })}
            data={[
              { value: '-start', label: t('courses.filter.sortDesc') },
              { value: 'start', label: t('courses.filter.sortAsc') },
            ]}
          />
          <Button
            variant="default"
            onClick={() => {
              setSearch('');
              setFilter({ sort: '-start' });
              setPage(1);
            }}
          >
            {t('courses.filter.reset')}
          </Button>
        </Group>
      </Paper>

      {courses.isPending && <PageLoader />}
      {courses.isError && <QueryError error={courses.error} onRetry={() => void courses.refetch()} />}
      {courses.data && (
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="course-count">
          {t('courses.count', { total })}
        </Text>
      )}
      {courses.data && items.length === 0 && <Text>{t('courses.empty')}</Text>}

      {items.length > 0 && wide && (
        <Table striped highlightOnHover verticalSpacing="sm" data-testid="course-table">
          <Table.Caption className="visually-hidden">{t('courses.listCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('courses.fields.trainee')}</Table.Th>
              <Table.Th scope="col">{t('courses.fields.track')}</Table.Th>
              <Table.Th scope="col">{t('courses.fields.period')}</Table.Th>
              <Table.Th scope="col">{t('courses.fields.mainSupervisor')}</Table.Th>
              <Table.Th scope="col">{t('courses.fields.due')}</Table.Th>
              <Table.Th scope="col">{t('courses.fields.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => (
              <Table.Tr key={c.id} data-testid="course-row">
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={paths.course.getHref(c.id)}>
                    {c.trainee.name}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {c.unit.name}
                  </Text>
                </Table.Th>
                <Table.Td>
                  {t(`courses.tracks.${c.track}`)}
                  {c.specialty && (
                    <Text size="sm" c="dimmed">
                      {c.specialty.name}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{coursePeriod(c)}</Table.Td>
                <Table.Td>{c.mainSupervisor?.name ?? '–'}</Table.Td>
                <Table.Td data-testid="course-due">{formatDate(c.expectationMeetingDue)}</Table.Td>
                <Table.Td miw={110}>
                  <StateBadge c={c} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {items.length > 0 && !wide && (
        <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="course-cards">
          {items.map((c) => (
            <Paper component="li" key={c.id} withBorder p="sm" radius="md" data-testid="course-row">
              <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
                <Anchor component={Link} to={paths.course.getHref(c.id)} fw={600}>
                  {c.trainee.name}
                </Anchor>
                <StateBadge c={c} />
              </Group>
              <Facts>
                <Fact label={t('courses.fields.unit')}>{c.unit.name}</Fact>
                <Fact label={t('courses.fields.track')}>
                  {t(`courses.tracks.${c.track}`)}
                  {c.specialty ? `, ${c.specialty.name}` : ''}
                </Fact>
                <Fact label={t('courses.fields.period')}>{coursePeriod(c)}</Fact>
                <Fact label={t('courses.fields.mainSupervisor')}>{c.mainSupervisor?.name ?? '–'}</Fact>
                <Fact label={t('courses.fields.due')}>{formatDate(c.expectationMeetingDue)}</Fact>
              </Facts>
            </Paper>
          ))}
        </Stack>
      )}
      {total > PAGE_SIZE && (
        <Pagination
          total={Math.ceil(total / PAGE_SIZE)}
          value={page}
          onChange={setPage}
          siblings={wide ? 1 : 0}
          aria-label={t('courses.pager.label')}
          getControlProps={(control) => ({
            'aria-label': t(`courses.pager.${control as 'first' | 'previous' | 'next' | 'last'}`),
          })}
        />
      )}
    </Stack>
  );
}
