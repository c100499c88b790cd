import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/ui/page-title';
import { AssignmentList } from '@/features/profile/components/assignment-list';
import { PersonDetails } from '@/features/profile/components/person-details';
import { useSession } from '@/lib/auth/use-session';

export function ProfileRoute() {
  const { t } = useTranslation();
  usePageTitle(t('profile.pageTitle'));
  const { me } = useSession();
  return (
    <Stack gap="lg" maw={1100} data-testid="profile-page">
      <Title order={1}>{t('profile.heading')}</Title>
      <PersonDetails me={me} />
      <AssignmentList me={me} />
    </Stack>
  );
}
