import type { CourseState } from '@portal/contracts';
import { formatDate } from '@/lib/format';

/** Badge colours of a course's state (filled badges with white text: AA contrast). */
export const STATE_COLORS: Record<CourseState, string> = {
  current: 'teal.9',
  upcoming: 'blue.8',
  ended: 'gray.7',
  cancelled: 'red.9',
};

export function coursePeriod(c: { startDate: string; endDate: string }): string {
  return `${formatDate(c.startDate)} – ${formatDate(c.endDate)}`;
}
