import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/ui/query-error';
import { useTutorOverview } from '@/features/tutor-practices/api/get-tutor-overview';
import { TutorsPage } from '@/features/tutor-practices/components/tutors-page';

/** /gp-area/:areaId/tutors: tutor practices and tutor doctors of a GP area. */
export function GpAreaTutorsRoute() {
  const { t } = useTranslation();
  const { areaId = '' } = useParams();
  const q = useTutorOverview(areaId);
  usePageTitle(q.data ? `${t('tutorPractices.title')} – ${q.data.area.name}` : t('tutorPractices.title'));
  if (q.isPending) return <PageLoader />;
  if (q.isError) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  return <TutorsPage overview={q.data} />;
}
