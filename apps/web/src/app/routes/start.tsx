import type { Role } from '@portal/contracts';
import type { ReactNode } from 'react';
import { Navigate, useParams } from 'react-router';
import { roleFromKey } from '@/config/paths';
import { ActivitiesLinks } from '@/features/activities/components/activities-links';
import { PeopleAdminLinks } from '@/features/people/components/people-admin-links';
import { TenantTable } from '@/features/platform/components/tenant-table';
import { ApUkylStartPage } from '@/features/start/components/ap-ukyl-start-page';
import { CmeCoordinatorStartPage } from '@/features/start/components/cme-coordinator-start-page';
import { DepartmentHeadStartPage } from '@/features/start/components/department-head-start-page';
import { EducationCentreStartPage } from '@/features/start/components/education-centre-start-page';
import { GpCoordinatorStartPage } from '@/features/start/components/gp-coordinator-start-page';
import { PlatformAdminStartPage } from '@/features/start/components/platform-admin-start-page';
import { SupervisorStartPage } from '@/features/start/components/supervisor-start-page';
import { TenantAdminStartPage } from '@/features/start/components/tenant-admin-start-page';
import { TraineeStartPage } from '@/features/start/components/trainee-start-page';
import { UaoStartPage } from '@/features/start/components/uao-start-page';
import { UksStartPage } from '@/features/start/components/uks-start-page';
import { UkylStartPage } from '@/features/start/components/ukyl-start-page';
import { NoActiveRole } from '@/features/start/components/no-active-role';
import { startPageHref, useSession } from '@/lib/auth/use-session';

/** One start page per role; the route composes features (the platform's list of regions). */
const START_PAGES: Record<Role, () => ReactNode> = {
  TRAINEE: () => <TraineeStartPage />,
  SUPERVISOR: () => <SupervisorStartPage />,
  UAO: () => <UaoStartPage />,
  UKS: () => <UksStartPage />,
  UKYL: () => <UkylStartPage />,
  AP_UKYL: () => <ApUkylStartPage />,
  DEPARTMENT_HEAD: () => <DepartmentHeadStartPage />,
  EDUCATION_CENTRE: () => (
    <EducationCentreStartPage>
      <PeopleAdminLinks />
      <ActivitiesLinks />
    </EducationCentreStartPage>
  ),
  GP_COORDINATOR: () => <GpCoordinatorStartPage />,
  CME_COORDINATOR: () => <CmeCoordinatorStartPage />,
  TENANT_ADMIN: () => (
    <TenantAdminStartPage>
      <PeopleAdminLinks />
      <ActivitiesLinks />
    </TenantAdminStartPage>
  ),
  PLATFORM_ADMIN: () => (
    <PlatformAdminStartPage>
      <TenantTable />
    </PlatformAdminStartPage>
  ),
};

/**
 * /start/:roleKey shows the start page of the ACTIVE assignment's role. Any other role in the URL
 * (an old bookmark, another user's link) redirects there; switching roles is the scope
 * switcher's job, since the scope shown must be the active one.
 */
export function StartRoute() {
  const { roleKey } = useParams();
  const { me, activeRole } = useSession();
  if (!activeRole) return <NoActiveRole />;
  if (roleFromKey(roleKey) !== activeRole) return <Navigate to={startPageHref(me)} replace />;
  return START_PAGES[activeRole]();
}
