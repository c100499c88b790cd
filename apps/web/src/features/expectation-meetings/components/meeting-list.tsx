import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { MeetingListItem } from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Fact, Facts } from '@/components/ui/facts';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import { MeetingStatus } from './meeting-status';

/**
 * Meetings by due date: a table where there is room, one block per course on phones (no sideways
 * scrolling). Only one of the two is rendered, so each name is in the page once.
 */
export function MeetingList({ items, compact = false }: { items: MeetingListItem[]; compact?: boolean }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const link = (i: MeetingListItem) => (
    <Anchor
      component={Link}
      to={paths.expectationMeeting.getHref(i.courseId)}
      fw={600}
      aria-label={t('meetings.openFor', { name: i.trainee.name })}
    >
      {i.trainee.name}
    </Anchor>
  );
  if (wide && !compact) {
    return (
      <Table striped verticalSpacing="sm" data-testid="meeting-table">
        <Table.Caption className="visually-hidden">{t('meetings.listCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('meetings.trainee')}</Table.Th>
            <Table.Th scope="col">{t('meetings.dueDate')}</Table.Th>
            <Table.Th scope="col">{t('meetings.status')}</Table.Th>
            <Table.Th scope="col">{t('meetings.mainSupervisor')}</Table.Th>
            <Table.Th scope="col">{t('meetings.unit')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={i.courseId} data-testid="meeting-row">
              <Table.Th scope="row" fw={500}>
                {link(i)}
                <Text size="xs" c="dimmed">
                  {t(`meetings.track.${i.track}`)}
                </Text>
              </Table.Th>
              <Table.Td>{formatDate(i.dueDate)}</Table.Td>
              <Table.Td>
                <MeetingStatus state={i.state} overdue={i.overdue} />
              </Table.Td>
              <Table.Td>{i.mainSupervisor?.name ?? t('meetings.noMainSupervisor')}</Table.Td>
              <Table.Td>{i.unit.name}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );
  }
  return (
    <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((i) => (
        <li key={i.courseId} data-testid="meeting-row">
          <Group gap="xs" justify="space-between" wrap="wrap">
            {link(i)}
            <MeetingStatus state={i.state} overdue={i.overdue} />
          </Group>
          <Facts>
            <Fact label={t('meetings.dueDate')}>{formatDate(i.dueDate)}</Fact>
            {!compact && (
              <Fact label={t('meetings.mainSupervisor')}>
                {i.mainSupervisor?.name ?? t('meetings.noMainSupervisor')}
              </Fact>
            )}
            {!compact && <Fact label={t('meetings.unit')}>{i.unit.name}</Fact>}
          </Facts>
        </li>
      ))}
    </Stack>
  );
}

/** Previous / next for a paginated list. */
export function Pager({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (p: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <Group gap="xs" component="nav" aria-label={t('meetings.page')}>
      <Button variant="outline" size="xs" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('meetings.previous')}
      </Button>
      <Text size="sm">
        {t('meetings.page')} {page} / {pages}
      </Text>
      <Button variant="outline" size="xs" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('meetings.next')}
      </Button>
    </Group>
  );
}
