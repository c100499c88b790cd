import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { useLogout } from '@/lib/auth/logout';
import { useSession } from '@/lib/auth/use-session';
import { errorMessage } from '@/lib/error-message';
import { ScopeSwitcher } from './scope-switcher';

/** Who is signed in, the scope switcher, the language switch and "Log ud". */
export function UserControls({ layout }: { layout: 'header' | 'panel' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useSession();
  const logout = useLogout({ onSuccess: () => void navigate(paths.login.getHref()) });

  const logoutButton = (
    <Button variant="outline" fullWidth={layout === 'panel'} loading={logout.isPending} onClick={() => logout.mutate()}>
      {t('shell.logout')}
    </Button>
  );
  const logoutError = logout.isError && (
    <Text size="sm" c="red.9" role="alert">
      {t('shell.logoutFailed')} {errorMessage(logout.error, t)}
    </Text>
  );

  if (layout === 'header') {
    return (
      <Group gap="md" wrap="nowrap">
        <Text size="sm" fw={500} truncate maw={220} title={me.user.name} data-testid="current-user-name">
          <span className="visually-hidden">{t('shell.signedInAs')} </span>
          {me.user.name}
        </Text>
        <ScopeSwitcher compact />
        <LanguageSwitch />
        {logoutButton}
        {logoutError}
      </Group>
    );
  }

  return (
    <Stack gap="sm">
      <div>
        <Text size="sm" c="dimmed">
          {t('shell.signedInAs')}
        </Text>
        <Text fw={500} data-testid="current-user-name">
          {me.user.name}
        </Text>
      </div>
      <ScopeSwitcher />
      <Group gap="sm" grow>
        <LanguageSwitch />
        {logoutButton}
      </Group>
      {logoutError}
    </Stack>
  );
}
