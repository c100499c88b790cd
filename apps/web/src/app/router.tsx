import { createBrowserRouter, Outlet } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { paths } from '@/config/paths';
import { AppLayout } from '@/components/layouts/app-layout';
import { ProtectedRoute } from '@/components/layouts/protected-route';
import { NotFoundPage } from '@/components/errors/not-found-page';
import { RouteError } from '@/components/errors/route-error';
import { HomeRoute } from './routes/home';
import { LoginRoute } from './routes/login';
import { ProfileRoute } from './routes/profile';
import { StartRoute } from './routes/start';
import { PeopleRoute } from './routes/people';
import { PersonNewRoute } from './routes/person-new';
import { PersonRoute } from './routes/person';
import { RoleAssignmentsRoute } from './routes/role-assignments';
import { CoverageGapsRoute } from './routes/coverage-gaps';
import { InvitationRoute } from './routes/invitation';

export const router = createBrowserRouter([
  {
    element: <Outlet />,
    errorElement: <RouteError />,
    children: [
      { path: paths.login.path, element: <LoginRoute /> },
      { path: paths.invitation.path, element: <InvitationRoute /> },
      {
        element: (
          <ProtectedRoute>
            <AppLayout />
          </ProtectedRoute>
        ),
        children: [
          { path: paths.home.path, element: <HomeRoute /> },
          { path: paths.start.path, element: <StartRoute /> },
          { path: paths.profile.path, element: <ProfileRoute /> },
          { path: paths.people.path, element: <PeopleRoute /> },
          { path: paths.personNew.path, element: <PersonNewRoute /> },
          { path: paths.person.path, element: <PersonRoute /> },
          { path: paths.roleAssignments.path, element: <RoleAssignmentsRoute /> },
          { path: paths.coverageGaps.path, element: <CoverageGapsRoute /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
