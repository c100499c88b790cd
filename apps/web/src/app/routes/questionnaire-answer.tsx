import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PublicLayout } from '@/components/layouts/public-layout';
import { usePageTitle } from '@/components/ui/page-title';
import { AnswerPage } from '@/features/questionnaires/components/answer-page';

/** /q/:token — public: a recipient answers anonymously with their personal link. */
export function QuestionnaireAnswerRoute() {
  const { t } = useTranslation();
  usePageTitle(t('questionnaires.answer.heading'));
  const { token = '' } = useParams();
  return (
    <PublicLayout size="sm">
      <AnswerPage token={token} />
    </PublicLayout>
  );
}
