import * as competences from '@/features/competences/components/slots';
import * as courses from '@/features/courses/components/slots';
import * as meetings from '@/features/expectation-meetings/components/slots';
import * as supervision from '@/features/supervision/components/slots';
import { DepartmentDashboardStartSlot } from '@/features/department-dashboard/components/slots';

/** The training-course features, in the order their parts appear on a start page. */
const FEATURES = [courses, meetings, supervision, competences] as const;

/** Each training-course feature's part for a trainee (TRAINEE, UKYL, AP-UKYL). */
export function TraineeCourseSlots() {
  return FEATURES.map((f, i) => <f.TraineeStartSlot key={i} />);
}

/** Each training-course feature's part for a supervisor. */
export function SupervisorCourseSlots() {
  return FEATURES.map((f, i) => <f.SupervisorStartSlot key={i} />);
}

/** Each training-course feature's part for the department's UAO, UKS and cheflæge. */
export function DepartmentCourseSlots() {
  return [
    <DepartmentDashboardStartSlot key="dashboard" />,
    ...FEATURES.map((f, i) => <f.DepartmentStartSlot key={i} />),
  ];
}
