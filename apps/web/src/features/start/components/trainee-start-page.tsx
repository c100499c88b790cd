import { TraineeCourseSlots } from './course-slots';
import { StartPageLayout } from './start-page-layout';

/** Start page for uddannelseslæge (TRAINEE); the role's own widgets go inside the layout. */
export function TraineeStartPage() {
  return (
    <StartPageLayout role="TRAINEE">
      <TraineeCourseSlots />
    </StartPageLayout>
  );
}
