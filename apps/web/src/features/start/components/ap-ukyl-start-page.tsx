import { TraineeCourseSlots } from './course-slots';
import { StartPageLayout } from './start-page-layout';

/** Start page for AP-UKYL (AP_UKYL); the role's own widgets go inside the layout. */
export function ApUkylStartPage() {
  return (
    <StartPageLayout role="AP_UKYL">
      <TraineeCourseSlots />
    </StartPageLayout>
  );
}
