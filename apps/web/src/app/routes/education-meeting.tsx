import { useParams } from 'react-router';
import { MeetingPage } from '@/features/education-bodies/components/meeting-page';

export function EducationMeetingRoute() {
  const { meetingId = '' } = useParams();
  return <MeetingPage key={meetingId} meetingId={meetingId} />;
}
