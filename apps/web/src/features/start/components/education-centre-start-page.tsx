import { StartPageLayout } from './start-page-layout';

/** Start page for Tutorcentret / uddannelsessekretariatet (EDUCATION_CENTRE); the role's own widgets go inside the layout. */
export function EducationCentreStartPage() {
  return <StartPageLayout role="EDUCATION_CENTRE" />;
}
