import type { ReactNode } from 'react';
import { AdminLinks } from './admin-links';
import { StartPageLayout } from './start-page-layout';

/**
 * Start page for Tutorcentret / uddannelsessekretariatet (EDUCATION_CENTRE): links to the
 * hospital's organisation, the specialties and the hospital's audit log; `children` are the
 * other features' links (people and roles, activities), composed in by the route.
 */
export function EducationCentreStartPage({ children }: { children?: ReactNode }) {
  return (
    <StartPageLayout role="EDUCATION_CENTRE">
      <AdminLinks scoped />
      {children}
    </StartPageLayout>
  );
}
