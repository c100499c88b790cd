import { useParams } from 'react-router';
import { MeetingPage, MeetingsPage } from '@/features/expectation-meetings/components/meetings-page';
import { SentMessagesPage } from '@/features/expectation-meetings/components/sent-messages-page';

export function ExpectationMeetingsRoute() {
  return <MeetingsPage />;
}

export function ExpectationMeetingRoute() {
  const { courseId = '' } = useParams();
  return <MeetingPage key={courseId} courseId={courseId} />;
}

export function SentMessagesRoute() {
  return <SentMessagesPage />;
}
