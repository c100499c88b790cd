import { DepartmentCourseSlots } from './course-slots';
import { StartPageLayout } from './start-page-layout';

/** Start page for cheflæge (DEPARTMENT_HEAD); the role's own widgets go inside the layout. */
export function DepartmentHeadStartPage() {
  return (
    <StartPageLayout role="DEPARTMENT_HEAD">
      <DepartmentCourseSlots />
    </StartPageLayout>
  );
}
