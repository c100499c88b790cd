import { Navigate } from 'react-router';
import { NoActiveRole } from '@/features/start/components/no-active-role';
import { startPageHref, useSession } from '@/lib/auth/use-session';

/** `/`: the active role's start page, or an explanation when no role is in force. */
export function HomeRoute() {
  const { me, activeRole } = useSession();
  if (!activeRole) return <NoActiveRole />;
  return <Navigate to={startPageHref(me)} replace />;
}
