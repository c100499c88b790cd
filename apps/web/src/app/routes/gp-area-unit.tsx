import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useArea } from '@/features/gp-area/api/get-area';
import { HoursSection } from '@/features/gp-area/components/hours-section';
import { PracticesSection } from '@/features/gp-area/components/practices-section';
import { TraineesSection } from '@/features/gp-area/components/trainees-section';
import { WorkspaceLinks } from '@/features/gp-area/components/workspace-links';

/** The workspace hub of one GP area: practices, trainees, hours, and links to the other pages. */
export function GpAreaUnitRoute() {
  const { t } = useTranslation();
  const { areaId = '' } = useParams();
  const area = useArea(areaId);
  usePageTitle(area.data?.area.name ?? t('gpArea.title'));
  return (
    <Stack gap="xl" maw={1100} data-testid="gp-area-page">
      {area.isPending && <PageLoader />}
      {area.error && <QueryError error={area.error} onRetry={() => void area.refetch()} />}
      {area.data && (
        <>
          <div>
            <Anchor component={Link} to={paths.gpArea.getHref()} size="sm" className="no-print">
              {t('gpArea.backToAreas')}
            </Anchor>
            <Title order={1}>{area.data.area.name}</Title>
            <Text mt={4}>{t('gpArea.intro')}</Text>
          </div>
          <TraineesSection
            areaId={areaId}
            current={area.data.trainees.current}
            upcoming={area.data.trainees.upcoming}
          />
          <HoursSection overview={area.data} />
          <PracticesSection practices={area.data.practices} />
          <WorkspaceLinks areaId={areaId} />
        </>
      )}
    </Stack>
  );
}
