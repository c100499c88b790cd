import { useParams } from 'react-router';
import { CoursePage } from '@/features/courses/components/course-page';

export function CourseRoute() {
  const { courseId = '' } = useParams();
  return <CoursePage key={courseId} id={courseId} />;
}
