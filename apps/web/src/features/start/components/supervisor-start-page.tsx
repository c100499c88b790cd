import { SupervisorStartSlot as CoursesSupervisorStartSlot } from '@/features/courses/components/slots';
import { SupervisorStartSlot as MeetingsSupervisorStartSlot } from '@/features/expectation-meetings/components/slots';
import { SupervisorStartSlot as SupervisionSupervisorStartSlot } from '@/features/supervision/components/slots';
import { SupervisorStartSlot as CompetencesSupervisorStartSlot } from '@/features/competences/components/slots';
import { StartPageLayout } from './start-page-layout';

/** Start page for vejleder (SUPERVISOR); the role's own widgets go inside the layout. */
export function SupervisorStartPage() {
  return (
    <StartPageLayout role="SUPERVISOR">
      <CoursesSupervisorStartSlot />
      <MeetingsSupervisorStartSlot />
      <SupervisionSupervisorStartSlot />
      <CompetencesSupervisorStartSlot />
    </StartPageLayout>
  );
}
