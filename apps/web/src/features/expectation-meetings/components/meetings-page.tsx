import { Anchor, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { MEETING_LIST_FILTERS, type MeetingListQuery } from '@portal/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { usePageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { useMeeting } from '../api/get-meeting';
import { useMeetings } from '../api/get-meetings';
import { MeetingList, Pager } from './meeting-list';
import { MeetingPanel } from './meeting-panel';

type Filter = NonNullable<MeetingListQuery['state']>;
const PAGE_SIZE = 25;

/** Due and overdue expectation meetings of the courses the user may see, by due date. */
export function MeetingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('meetings.listTitle'));
  const [state, setState] = useState<Filter>('open');
  const [page, setPage] = useState(1);
  const list = useMeetings({ state, page, pageSize: PAGE_SIZE });
  return (
    <Stack gap="md" maw={1100}>
      <Title order={1} fz={{ base: 26, sm: 34 }} style={{ overflowWrap: 'anywhere' }}>
        {t('meetings.listTitle')}
      </Title>
      <Text>{t('meetings.listIntro')}</Text>
      <div role="group" aria-labelledby="meeting-filter-label">
        <Text id="meeting-filter-label" size="sm" fw={600} mb={4}>
          {t('meetings.filters.label')}
        </Text>
        <SegmentedControl
          value={state}
          onChange={(v) => {
            setState(v as Filter);
            setPage(1);
          }}
          data={MEETING_LIST_FILTERS.map((f) => ({ value: f, label: t(`meetings.filters.${f}`) }))}
          orientation="horizontal"
          fullWidth
          styles={{ root: { flexWrap: 'wrap' } }}
          data-testid="meeting-filter"
        />
      </div>
      {list.isPending && <PageLoader />}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (
        <>
          <Text size="sm" role="status">
            {t('meetings.total', { count: list.data.total })}
          </Text>
          {list.data.items.length === 0 ? <Text>{t('meetings.empty')}</Text> : <MeetingList items={list.data.items} />}
          <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={setPage} />
        </>
      )}
    </Stack>
  );
}

/** One course's expectation meeting as a page of its own (linked from the lists and the reminder e-mails). */
export function MeetingPage({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const meeting = useMeeting(courseId);
  const name = meeting.data?.trainee.name;
  usePageTitle(name ? t('meetings.pageTitle', { name }) : t('meetings.title'));
  return (
    <Stack gap="md" maw={900}>
      <Anchor component={Link} to={paths.expectationMeetings.getHref()} size="sm">
        {t('meetings.backToList')}
      </Anchor>
      <Title order={1} fz={{ base: 26, sm: 34 }} style={{ overflowWrap: 'anywhere' }}>
        {name ? t('meetings.pageTitle', { name }) : t('meetings.title')}
      </Title>
      {meeting.isPending && <PageLoader />}
      {meeting.isError && <QueryError error={meeting.error} onRetry={() => void meeting.refetch()} />}
      {meeting.data && (
        <>
          <Text>
            {t(`meetings.track.${meeting.data.track}`)} · {meeting.data.unit.name} · {t('meetings.mainSupervisor')}:{' '}
            {meeting.data.mainSupervisor?.name ?? t('meetings.noMainSupervisor')}
          </Text>
          <MeetingPanel courseId={courseId} />
        </>
      )}
    </Stack>
  );
}
