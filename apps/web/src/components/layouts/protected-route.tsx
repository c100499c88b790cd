import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { useMe } from '@/lib/auth/get-me';
import { PublicLayout } from './public-layout';

/**
 * Renders its children only for a signed-in user. Without a session (never signed in, logged out,
 * or any 401 from the API) the browser goes to the login page, which brings the user back here.
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
  return <Navigate to={paths.login.getHref(location.pathname + location.search)} replace />;
}
