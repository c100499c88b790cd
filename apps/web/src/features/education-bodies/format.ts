import { currentLanguage } from '@/lib/i18n';

const LOCALES = { da: 'da-DK', en: 'en-GB' } as const;

/** A meeting's time in Danish time, e.g. `tirsdag 1. december 2026 kl. 14.00`. */
export function formatMeetingTime(startsAt: string, endsAt?: string): string {
  const locale = LOCALES[currentLanguage()];
  const start = new Date(startsAt);
  const date = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Copenhagen',
  }).format(start);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen' });
  return endsAt ? `${date}, ${time.format(start)}–${time.format(new Date(endsAt))}` : `${date}, ${time.format(start)}`;
}

/** A point in time as a short Danish date: `1. dec. 2026`. */
export function formatShortDate(value: string): string {
  return new Intl.DateTimeFormat(LOCALES[currentLanguage()], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'Europe/Copenhagen',
  }).format(new Date(value));
}

/** Today in Denmark as YYYY-MM-DD (default for date fields). */
export function todayIso(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}
