import { currentLanguage } from '@/lib/i18n';

const locale = () => (currentLanguage() === 'da' ? 'da-DK' : 'en-GB');

/** A count as shown on screen. */
export const fmtInt = (n: number) => n.toLocaleString(locale());

/** A percentage with one decimal ("90,0 %"), or "–" when there is nothing to measure. */
export function fmtPct(v: number | null): string {
  if (v === null) return '–';
  return `${v.toLocaleString(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
}

/** A plain number with up to two decimals, or "–". */
export function fmtNum(v: number | null): string {
  if (v === null) return '–';
  return v.toLocaleString(locale(), { maximumFractionDigits: 2 });
}

/** An ISO date (YYYY-MM-DD) as a short local date. */
export function fmtDate(iso: string | null): string {
  if (!iso) return '–';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}

/** A timestamp as a local date in Denmark. */
export function fmtDateTime(ts: string | null): string {
  if (!ts) return '–';
  return new Intl.DateTimeFormat(locale(), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'Europe/Copenhagen',
  }).format(new Date(ts));
}

/** 'YYYY-MM' as "feb. 2026". */
export function fmtMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, 1)),
  );
}

/** 'YYYY-Www' as "uge 25" / "week 25" (the year only when asked). */
export function fmtWeek(week: string, label: string): string {
  return `${label} ${Number(week.slice(6))}`;
}
