import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Fact, Facts } from '@/components/ui/facts';
import { PageLoader } from '@/components/ui/page-loader';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useTrainee } from '@/features/gp-area/api/get-trainee';
import { ContactLog } from '@/features/gp-area/components/contact-log';
import { DifficultyPanel } from '@/features/gp-area/components/difficulty-panel';
import { trackLabel } from '@/features/gp-area/components/labels';
import { formatDate } from '@/lib/format';

/** A trainee in general practice in the AMU's area: course, tutor doctor, contact log, difficulty note. */
export function GpAreaTraineeRoute() {
  const { t } = useTranslation();
  const { areaId = '', courseId = '' } = useParams();
  const detail = useTrainee(areaId, courseId);
  usePageTitle(detail.data?.trainee.trainee.name ?? t('gpArea.trainee.title'));
  if (detail.isPending) return <PageLoader />;
  if (detail.error) return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  const d = detail.data;
  const tr = d.trainee;
  return (
    <Stack gap="xl" maw={900} data-testid="gp-trainee-page">
      <div>
        <Anchor component={Link} to={paths.gpAreaUnit.getHref(areaId)} size="sm" className="no-print">
          {t('gpArea.trainee.back', { area: d.area.name })}
        </Anchor>
        <Title order={1}>{tr.trainee.name}</Title>
      </div>
      <Facts data-testid="gp-trainee-facts">
        <Fact label={t('gpArea.trainees.track')}>
          {trackLabel(t, tr.track)}
          {tr.specialty ? ` · ${tr.specialty}` : ''}
        </Fact>
        <Fact label={t('gpArea.trainees.status')}>
          {tr.status ? t(`gpArea.trainees.statuses.${tr.status}`) : t('gpArea.trainees.statuses.OTHER')}
        </Fact>
        <Fact label={t('gpArea.trainees.practice')}>{tr.practice.name}</Fact>
        <Fact label={t('gpArea.trainees.tutor')}>{tr.tutor?.name ?? t('gpArea.trainees.noTutor')}</Fact>
        <Fact label={t('gpArea.trainee.practicePeriod')}>
          {formatDate(tr.startDate)} – {formatDate(tr.endDate)}
        </Fact>
        <Fact label={t('gpArea.trainee.coursePeriod')}>
          {formatDate(tr.courseStart)} – {formatDate(tr.courseEnd)}
        </Fact>
        <Fact label={t('gpArea.trainee.email')}>
          <Anchor href={`mailto:${tr.trainee.email}`}>{tr.trainee.email}</Anchor>
        </Fact>
      </Facts>
      <ContactLog areaId={areaId} courseId={courseId} contacts={d.contacts} />
      <DifficultyPanel areaId={areaId} courseId={courseId} canRead={d.canReadDifficulty} />
    </Stack>
  );
}
