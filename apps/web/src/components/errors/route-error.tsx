import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundPage } from './not-found-page';
import { CrashPage } from './crash-page';

/** The router's error element: a thrown 404 shows "page not found", anything else the crash page. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return <CrashPage error={error} />;
}
