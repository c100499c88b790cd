import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePageTitle } from '@/components/ui/page-title';
import { CaseDetailView } from '@/features/difficulty-cases/components/case-detail';

/** One confidential case (readers only; everyone else sees "not found"). */
export function DifficultyCaseRoute() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  usePageTitle(t('difficultyCases.detail.pageTitle'));
  return <CaseDetailView caseId={caseId} />;
}
