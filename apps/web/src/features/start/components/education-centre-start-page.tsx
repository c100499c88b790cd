import { AdminLinks } from './admin-links';
import { StartPageLayout } from './start-page-layout';

/**
 * Start page for Tutorcentret / uddannelsessekretariatet (EDUCATION_CENTRE): links to the
 * hospital's organisation, the specialties and the hospital's audit log (scoped since issue 3).
 */
export function EducationCentreStartPage() {
  return (
    <StartPageLayout role="EDUCATION_CENTRE">
      <AdminLinks scoped />
    </StartPageLayout>
  );
}
