import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/ui/page-title';
import { RoleOverview } from '@/features/people/components/role-overview';

export function RoleAssignmentsRoute() {
  const { t } = useTranslation();
  usePageTitle(t('people.roleOverview.pageTitle'));
  return <RoleOverview />;
}
