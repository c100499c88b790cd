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
import { EducationBodiesRoute, EducationBodyNewRoute, EducationBodyRoute } from './routes/education-bodies';
import { EducationMeetingRoute } from './routes/education-meeting';

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
          { path: paths.educationBodies.path, element: <EducationBodiesRoute /> },
          { path: paths.educationBodyNew.path, element: <EducationBodyNewRoute /> },
          { path: paths.educationBody.path, element: <EducationBodyRoute /> },
          { path: paths.educationMeeting.path, element: <EducationMeetingRoute /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
