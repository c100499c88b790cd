import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/ui/query-error';
import { useEvaluations } from '@/features/tutor-practices/api/get-evaluations';
import { EvaluationsPage } from '@/features/tutor-practices/components/evaluations-page';

/** /gp-area/:areaId/evaluations: placement evaluations of a GP area, flags and follow-up. */
export function GpAreaEvaluationsRoute() {
  const { t } = useTranslation();
  const { areaId = '' } = useParams();
  const q = useEvaluations(areaId);
  usePageTitle(
    q.data ? `${t('tutorPractices.evaluationsTitle')} – ${q.data.area.name}` : t('tutorPractices.evaluationsTitle'),
  );
  if (q.isPending) return <PageLoader />;
  if (q.isError) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  return <EvaluationsPage data={q.data} />;
}
