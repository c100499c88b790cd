import { TraineeCourseSlots } from './course-slots';
import { StartPageLayout } from './start-page-layout';

/** Start page for UKYL (uddannelseskoordinerende yngre læge) (UKYL); the role's own widgets go inside the layout. */
export function UkylStartPage() {
  return (
    <StartPageLayout role="UKYL">
      <TraineeCourseSlots />
    </StartPageLayout>
  );
}
