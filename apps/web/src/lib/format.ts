import type { IsoDate } from '@portal/contracts';
import { currentLanguage } from './i18n';

const LOCALES = { da: 'da-DK', en: 'en-GB' } as const;

function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(LOCALES[currentLanguage()], options);
}

/** A calendar date (YYYY-MM-DD) in words: `1. februar 2026` in Danish. */
export function formatDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  // A calendar date has no time zone: format it in UTC so it never shifts a day.
  return formatter({ day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** A point in time (ISO 8601) as its date in Danish time: `1. februar 2026`. */
export function formatDateTimeAsDate(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return formatter({
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Copenhagen',
  }).format(date);
}
