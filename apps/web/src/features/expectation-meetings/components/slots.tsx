/**
 * This feature's parts of shared screens (the start pages, the course page). Each returns null
 * when the feature has nothing to show for the signed-in user.
 */

/** On the start page of a trainee (TRAINEE, UKYL, AP-UKYL). */
export function TraineeStartSlot() {
  return null;
}

/** On the start page of a supervisor (SUPERVISOR, and UAO/UKS who supervise too). */
export function SupervisorStartSlot() {
  return null;
}

/** On the start page of the department's UAO, UKS and cheflæge. */
export function DepartmentStartSlot() {
  return null;
}

/** A section of the course page (/courses/:courseId). */
export function CoursePanel(_props: { courseId: string }) {
  return null;
}
