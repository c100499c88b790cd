import { SupervisorCourseSlots } from './course-slots';
import { StartPageLayout } from './start-page-layout';

/** Start page for vejleder (SUPERVISOR); the role's own widgets go inside the layout. */
export function SupervisorStartPage() {
  return (
    <StartPageLayout role="SUPERVISOR">
      <SupervisorCourseSlots />
    </StartPageLayout>
  );
}
