import { currentLanguage } from '@/lib/i18n';

const LOCALES = { da: 'da-DK', en: 'en-GB' } as const;

/** A point in time in Danish time, with weekday: `tirsdag 1. december 2026 kl. 13.30`. */
export function formatWhen(iso: string): string {
  return new Intl.DateTimeFormat(LOCALES[currentLanguage()], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Copenhagen',
  }).format(new Date(iso));
}

/** An ISO time as the value of an `<input type="datetime-local">` in Danish time. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const parts = new Intl.DateTimeFormat('sv-SE', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Europe/Copenhagen',
  }).format(new Date(iso));
  return parts.replace(' ', 'T');
}

/** `2026-12-01T13:30` (Danish wall-clock time) → ISO 8601 with the offset of that moment in Copenhagen. */
export function fromLocalInput(value: string): string {
  const [d, time] = value.split('T');
  const guess = new Date(`${d}T${time}:00Z`);
  // Copenhagen is UTC+1 or UTC+2: find the offset that maps back to the same wall-clock time.
  for (const offset of [1, 2]) {
    const candidate = new Date(guess.getTime() - offset * 3_600_000);
    if (toLocalInput(candidate.toISOString()) === value) return candidate.toISOString();
  }
  return new Date(guess.getTime() - 3_600_000).toISOString();
}
