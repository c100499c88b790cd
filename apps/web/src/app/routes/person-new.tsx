import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/ui/page-title';
import { CreatePersonForm } from '@/features/people/components/create-person-form';

export function PersonNewRoute() {
  const { t } = useTranslation();
  usePageTitle(t('people.create.pageTitle'));
  return <CreatePersonForm />;
}
