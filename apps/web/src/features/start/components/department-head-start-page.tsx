import { DepartmentStartSlot as CoursesDepartmentStartSlot } from '@/features/courses/components/slots';
import { DepartmentStartSlot as MeetingsDepartmentStartSlot } from '@/features/expectation-meetings/components/slots';
import { DepartmentStartSlot as SupervisionDepartmentStartSlot } from '@/features/supervision/components/slots';
import { DepartmentStartSlot as CompetencesDepartmentStartSlot } from '@/features/competences/components/slots';
import { StartPageLayout } from './start-page-layout';

/** Start page for cheflæge (DEPARTMENT_HEAD); the role's own widgets go inside the layout. */
export function DepartmentHeadStartPage() {
  return (
    <StartPageLayout role="DEPARTMENT_HEAD">
      <CoursesDepartmentStartSlot />
      <MeetingsDepartmentStartSlot />
      <SupervisionDepartmentStartSlot />
      <CompetencesDepartmentStartSlot />
    </StartPageLayout>
  );
}
