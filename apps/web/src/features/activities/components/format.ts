import type { ActivitySummary } from '@portal/contracts';
import { formatDate } from '@/lib/format';

/** "1. februar 2027" or "1. februar 2027 – 2. februar 2027". */
export function activityDates(a: Pick<ActivitySummary, 'startsOn' | 'endsOn'>): string {
  return a.endsOn && a.endsOn !== a.startsOn
    ? `${formatDate(a.startsOn)} – ${formatDate(a.endsOn)}`
    : formatDate(a.startsOn);
}

/** Filled badges in dark shades: white text on them meets 4.5:1. */
export const STATE_COLORS = { PLANNED: 'blue.8', HELD: '#1e6b2f', CANCELLED: 'gray.7' } as const;

/** Today as YYYY-MM-DD in Danish time (the API decides; this is for display). */
export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}
