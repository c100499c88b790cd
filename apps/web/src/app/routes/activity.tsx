import { useParams } from 'react-router';
import { ActivityPage } from '@/features/activities/components/activity-page';

export function ActivityRoute() {
  const { activityId = '' } = useParams();
  return <ActivityPage key={activityId} id={activityId} />;
}
