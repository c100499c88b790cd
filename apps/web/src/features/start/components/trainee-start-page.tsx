import { TraineeStartSlot as CoursesTraineeStartSlot } from '@/features/courses/components/slots';
import { TraineeStartSlot as MeetingsTraineeStartSlot } from '@/features/expectation-meetings/components/slots';
import { TraineeStartSlot as SupervisionTraineeStartSlot } from '@/features/supervision/components/slots';
import { TraineeStartSlot as CompetencesTraineeStartSlot } from '@/features/competences/components/slots';
import { StartPageLayout } from './start-page-layout';

/** Start page for uddannelseslæge (TRAINEE); the role's own widgets go inside the layout. */
export function TraineeStartPage() {
  return (
    <StartPageLayout role="TRAINEE">
      <CoursesTraineeStartSlot />
      <MeetingsTraineeStartSlot />
      <SupervisionTraineeStartSlot />
      <CompetencesTraineeStartSlot />
    </StartPageLayout>
  );
}
