import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PublicLayout } from '@/components/layouts/public-layout';
import { usePageTitle } from '@/components/ui/page-title';
import { InvitationPage } from '@/features/people/components/invitation-page';

/** /invitation/:token — public: the person invited chooses a password. */
export function InvitationRoute() {
  const { t } = useTranslation();
  usePageTitle(t('people.invitation.pageTitle'));
  const { token = '' } = useParams();
  return (
    <PublicLayout>
      <InvitationPage token={token} />
    </PublicLayout>
  );
}
