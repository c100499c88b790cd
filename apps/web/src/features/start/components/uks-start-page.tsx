import { DepartmentCourseSlots, SupervisorCourseSlots } from './course-slots';
import { StartPageLayout } from './start-page-layout';

/** Start page for UKS (uddannelseskoordinerende speciallæge) (UKS); the role's own widgets go inside the layout. */
export function UksStartPage() {
  return (
    <StartPageLayout role="UKS">
      <DepartmentCourseSlots />
      <SupervisorCourseSlots />
    </StartPageLayout>
  );
}
