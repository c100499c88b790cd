import { TraineeStartSlot as CoursesTraineeStartSlot } from '@/features/courses/components/slots';
import { TraineeStartSlot as MeetingsTraineeStartSlot } from '@/features/expectation-meetings/components/slots';
import { TraineeStartSlot as SupervisionTraineeStartSlot } from '@/features/supervision/components/slots';
import { TraineeStartSlot as CompetencesTraineeStartSlot } from '@/features/competences/components/slots';
import { StartPageLayout } from './start-page-layout';

/** Start page for UKYL (uddannelseskoordinerende yngre læge) (UKYL); the role's own widgets go inside the layout. */
export function UkylStartPage() {
  return (
    <StartPageLayout role="UKYL">
      <CoursesTraineeStartSlot />
      <MeetingsTraineeStartSlot />
      <SupervisionTraineeStartSlot />
      <CompetencesTraineeStartSlot />
    </StartPageLayout>
  );
}
