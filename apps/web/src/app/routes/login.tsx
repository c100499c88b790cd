import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { safeRedirect } from '@/config/paths';
import { PublicLayout } from '@/components/layouts/public-layout';
import { PageLoader } from '@/components/ui/page-loader';
import { usePageTitle } from '@/components/ui/page-title';
import { LoginForm } from '@/features/auth/components/login-form';
import { useMe } from '@/lib/auth/get-me';
import { isSessionExpired } from '@/lib/auth/session-expired';
import { startPageHref } from '@/lib/auth/use-session';

/** /login: back to where the user came from (`?redirectTo=`), else the active role's start page. */
export function LoginRoute() {
  const { t } = useTranslation();
  usePageTitle(t('login.pageTitle'));
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const redirectTo = safeRedirect(searchParams.get('redirectTo'));
  const me = useMe();

  if (me.isPending) return <PageLoader fullScreen />;
  if (me.data) return <Navigate to={redirectTo ?? startPageHref(me.data)} replace />;

  return (
    <PublicLayout>
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('login.heading')}</Title>
          <Text mt="xs">{t('login.intro')}</Text>
        </div>
        {isSessionExpired() && (
          <Alert
            color="blue"
            variant="light"
            role="status"
            title={t('session.expiredTitle')}
            data-testid="session-expired"
          >
            {t('session.expiredMessage')}
          </Alert>
        )}
        <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md">
          <LoginForm onSuccess={(next) => void navigate(redirectTo ?? startPageHref(next), { replace: true })} />
        </Paper>
      </Stack>
    </PublicLayout>
  );
}
