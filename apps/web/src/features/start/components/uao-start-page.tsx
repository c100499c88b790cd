import { DepartmentCourseSlots, SupervisorCourseSlots } from './course-slots';
import { StartPageLayout } from './start-page-layout';

/** Start page for UAO (uddannelsesansvarlig overlæge) (UAO); the role's own widgets go inside the layout. */
export function UaoStartPage() {
  return (
    <StartPageLayout role="UAO">
      <DepartmentCourseSlots />
      <SupervisorCourseSlots />
    </StartPageLayout>
  );
}
