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
import { OrgAdminRoute, SpecialtiesRoute } from './routes/org-admin';
import { AuditLogRoute } from './routes/audit-log';

export const router = createBrowserRouter([
  {
    element: <Outlet />,
    errorElement: <RouteError />,
    children: [
      { path: paths.login.path, element: <LoginRoute /> },
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
          { path: paths.orgAdmin.path, element: <OrgAdminRoute /> },
          { path: paths.specialties.path, element: <SpecialtiesRoute /> },
          { path: paths.auditLog.path, element: <AuditLogRoute /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
