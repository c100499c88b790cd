import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { useMe } from '@/lib/auth/get-me';
import { wasLoggedOut } from '@/lib/auth/session-expired';
import { PublicLayout } from './public-layout';

/**
 * Renders its children only for a signed-in user. Without a session (never signed in, or any 401
 * from the API) the browser goes to the login page, which brings the user back here. After "Log ud"
 * it goes to the plain login page: the next person to sign in is not sent to this user's page.
 */
export function ProtectedRoute({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) return <PageLoader fullScreen />;
  if (me.data) return children;
  if (me.isError) {
    return (
      <PublicLayout size="sm">
        <QueryError error={me.error} onRetry={() => void me.refetch()} />
      </PublicLayout>
    );
  }
  const redirectTo = wasLoggedOut() ? null : location.pathname + location.search;
  return <Navigate to={paths.login.getHref(redirectTo)} replace />;
}
