import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '@/components/ui/page-title';
import { CaseNewForm } from '@/features/difficulty-cases/components/case-new-form';

/** Open a case; ?courseId= preselects the course (from an early-warning signal). */
export function DifficultyCaseNewRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  usePageTitle(t('difficultyCases.form.title'));
  return (
    <Stack gap="lg" data-testid="case-new-page">
      <Title order={1}>{t('difficultyCases.form.title')}</Title>
      <CaseNewForm courseId={params.get('courseId')} />
    </Stack>
  );
}
