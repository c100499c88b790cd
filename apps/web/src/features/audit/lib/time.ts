const ZONE = 'Europe/Copenhagen';

function parts(date: Date): Record<string, string> {
  const formatter = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return Object.fromEntries(formatter.formatToParts(date).map((p) => [p.type, p.value]));
}

/** A point in time as Danes write it, in Danish time: `23.11.2026 10.05.12`. */
export function formatDanishDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = parts(date);
  return `${p.day}.${p.month}.${p.year} ${p.hour}.${p.minute}.${p.second}`;
}

/** Midnight at the start of a calendar day (YYYY-MM-DD) in Danish time, as an ISO instant. */
export function danishMidnight(day: string, addDays = 0): string | undefined {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return undefined;
  const guess = Date.UTC(y, m - 1, d + addDays);
  const p = parts(new Date(guess));
  const shownAsUtc = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return new Date(guess - (shownAsUtc - guess)).toISOString();
}
