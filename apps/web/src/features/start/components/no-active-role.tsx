import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/components/ui/page-title';
import { useSession } from '@/lib/auth/use-session';

/** What a signed-in user with no role in force today sees instead of a start page. */
export function NoActiveRole() {
  const { t } = useTranslation();
  const { me } = useSession();
  usePageTitle(t('noActiveRole.pageTitle'));
  return (
    <Stack gap="lg" maw={720} data-testid="no-active-role">
      <div>
        <Title order={1}>{t('noActiveRole.heading')}</Title>
        <Text size="lg" mt={4}>
          {t('start.welcome', { name: me.user.name })}
        </Text>
      </div>
      <Alert color="blue" variant="light" role="status">
        <Text>{t('noActiveRole.message', { tenant: me.tenant.name })}</Text>
      </Alert>
      <Text>
        <Anchor component={Link} to={paths.profile.getHref()}>
          {t('noActiveRole.seeProfile')}
        </Anchor>
      </Text>
    </Stack>
  );
}
