import { Anchor, Stack, Text, Title } from '@mantine/core';
import type { GpTrainee } from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { ResponsiveTable, type Column } from '@/components/ui/responsive-table';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import { useTrainees } from '../api/get-trainees';
import { trackLabel } from './labels';

/** Trainees in general practice in the area: current and starting within 6 months. */
export function TraineesSection({ areaId, current, upcoming }: { areaId: string; current: number; upcoming: number }) {
  const { t } = useTranslation();
  const trainees = useTrainees(areaId);
  const columns: Column<GpTrainee>[] = [
    {
      key: 'name',
      label: t('gpArea.trainees.name'),
      value: (r) => (
        <Anchor component={Link} to={paths.gpAreaTrainee.getHref(areaId, r.courseId)}>
          {r.trainee.name}
        </Anchor>
      ),
    },
    {
      key: 'status',
      label: t('gpArea.trainees.status'),
      value: (r) =>
        r.status ? (
          <Text span size="sm" fw={600} c={r.status === 'CURRENT' ? '#236b32' : 'blue.9'}>
            {t(`gpArea.trainees.statuses.${r.status}`)}
          </Text>
        ) : (
          '–'
        ),
    },
    { key: 'track', label: t('gpArea.trainees.track'), value: (r) => trackLabel(t, r.track) },
    { key: 'practice', label: t('gpArea.trainees.practice'), value: (r) => r.practice.name },
    { key: 'tutor', label: t('gpArea.trainees.tutor'), value: (r) => r.tutor?.name ?? t('gpArea.trainees.noTutor') },
    {
      key: 'period',
      label: t('gpArea.trainees.period'),
      value: (r) => `${formatDate(r.startDate)} – ${formatDate(r.endDate)}`,
    },
  ];
  return (
    <Stack gap="sm" component="section" aria-labelledby="gp-trainees-heading" data-testid="gp-trainees">
      <Title order={2} size="h3" id="gp-trainees-heading">
        {t('gpArea.trainees.heading')}
      </Title>
      <Text size="sm">{t('gpArea.trainees.counts', { current, upcoming })}</Text>
      {trainees.isPending && <PageLoader />}
      {trainees.error && <QueryError error={trainees.error} onRetry={() => void trainees.refetch()} />}
      {trainees.data &&
        (trainees.data.items.length === 0 ? (
          <Text c="dimmed">{t('gpArea.trainees.none')}</Text>
        ) : (
          <ResponsiveTable
            rows={trainees.data.items}
            columns={columns}
            caption={t('gpArea.trainees.caption')}
            testId="gp-trainees-table"
          />
        ))}
    </Stack>
  );
}
