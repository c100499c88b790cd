import {
  DepartmentStartSlot as CoursesDepartmentStartSlot,
  SupervisorStartSlot as CoursesSupervisorStartSlot,
} from '@/features/courses/components/slots';
import {
  DepartmentStartSlot as MeetingsDepartmentStartSlot,
  SupervisorStartSlot as MeetingsSupervisorStartSlot,
} from '@/features/expectation-meetings/components/slots';
import {
  DepartmentStartSlot as SupervisionDepartmentStartSlot,
  SupervisorStartSlot as SupervisionSupervisorStartSlot,
} from '@/features/supervision/components/slots';
import {
  DepartmentStartSlot as CompetencesDepartmentStartSlot,
  SupervisorStartSlot as CompetencesSupervisorStartSlot,
} from '@/features/competences/components/slots';
import { StartPageLayout } from './start-page-layout';

/** Start page for UKS (uddannelseskoordinerende speciallæge) (UKS); the role's own widgets go inside the layout. */
export function UksStartPage() {
  return (
    <StartPageLayout role="UKS">
      <CoursesDepartmentStartSlot />
      <MeetingsDepartmentStartSlot />
      <SupervisionDepartmentStartSlot />
      <CompetencesDepartmentStartSlot />
      <CoursesSupervisorStartSlot />
      <MeetingsSupervisorStartSlot />
      <SupervisionSupervisorStartSlot />
      <CompetencesSupervisorStartSlot />
    </StartPageLayout>
  );
}
