import { TraineeStartSlot as CoursesTraineeStartSlot } from '@/features/courses/components/slots';
import { TraineeStartSlot as MeetingsTraineeStartSlot } from '@/features/expectation-meetings/components/slots';
import { TraineeStartSlot as SupervisionTraineeStartSlot } from '@/features/supervision/components/slots';
import { TraineeStartSlot as CompetencesTraineeStartSlot } from '@/features/competences/components/slots';
import { StartPageLayout } from './start-page-layout';

/** Start page for AP-UKYL (AP_UKYL); the role's own widgets go inside the layout. */
export function ApUkylStartPage() {
  return (
    <StartPageLayout role="AP_UKYL">
      <CoursesTraineeStartSlot />
      <MeetingsTraineeStartSlot />
      <SupervisionTraineeStartSlot />
      <CompetencesTraineeStartSlot />
    </StartPageLayout>
  );
}
