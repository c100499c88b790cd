import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/ui/page-title';
import { PeopleList } from '@/features/people/components/people-list';

export function PeopleRoute() {
  const { t } = useTranslation();
  usePageTitle(t('people.list.pageTitle'));
  return <PeopleList />;
}
