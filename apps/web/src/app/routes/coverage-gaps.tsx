import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/ui/page-title';
import { CoverageGaps } from '@/features/people/components/coverage-gaps';

export function CoverageGapsRoute() {
  const { t } = useTranslation();
  usePageTitle(t('people.gaps.pageTitle'));
  return <CoverageGaps />;
}
