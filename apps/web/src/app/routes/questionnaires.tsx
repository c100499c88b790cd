import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/ui/page-title';
import { QuestionnaireList } from '@/features/questionnaires/components/questionnaire-list';

/** /questionnaires — the questionnaires the caller manages. */
export function QuestionnairesRoute() {
  const { t } = useTranslation();
  usePageTitle(t('questionnaires.title'));
  return (
    <Stack gap="lg" maw={1100} data-testid="questionnaires-page">
      <QuestionnaireList />
    </Stack>
  );
}
