import { createBrowserRouter, Outlet } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { paths } from '@/config/paths';
import { AppLayout } from '@/components/layouts/app-layout';
import { ProtectedRoute } from '@/components/layouts/protected-route';
import { NotFoundPage } from '@/components/errors/not-found-page';
import { RouteError } from '@/components/errors/route-error';
import { HomeRoute } from './routes/home';
import { ImportsRoute } from './routes/imports';
import { LoginRoute } from './routes/login';
import { ProfileRoute } from './routes/profile';
import { StartRoute } from './routes/start';

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
          { path: paths.imports.path, element: <ImportsRoute /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
