import type { ActivitySummary } from '@portal/contracts';
import { formatDate } from '@/lib/format';

/** "1. februar 2027" or "1. februar 2027 – 2. februar 2027". */
export function activityDates(a: Pick<ActivitySummary, 'startsOn' | 'endsOn'>): string {
  return a.endsOn && a.endsOn !== a.startsOn
    ? `${formatDate(a.startsOn)} – ${formatDate(a.endsOn)}`
    : formatDate(a.startsOn);
}

export const STATE_COLORS = { PLANNED: 'blue', HELD: 'green', CANCELLED: 'gray' } as const;

/** Today as YYYY-MM-DD in Danish time (the API decides; this is for display). */
export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}
